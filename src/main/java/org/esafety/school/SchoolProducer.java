package org.esafety.school;

import java.nio.file.Path;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the school profiles injectable, loaded once at start-up. */
public class SchoolProducer {

    @Produces
    @Singleton
    SchoolRegistry schools(SchoolsConfig config) {
        return config.file().map(f -> SchoolRegistry.fromFile(Path.of(f))).orElseGet(SchoolRegistry::standard);
    }
}
