package org.esafety.access;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import org.esafety.common.KeyFile;

/**
 * The embedded default's session key: when the database is an H2 file (the default, {@code ./data/esafety}), the
 * configuration property {@value #PROPERTY} is the key kept in {@value #FILE_NAME} beside it, generated on first
 * start (mode 0600) and the same on every later start. {@code application.properties} falls back to it for
 * {@code quarkus.http.auth.session.encryption-key} when no key is configured, so the form login never invents a
 * temporary key (and never logs one). With any other database there is no such property: a key must be set.
 * Registered with the ServiceLoader ({@code META-INF/services/io.smallrye.config.ConfigSourceFactory}).
 */
public class GeneratedSessionKey implements ConfigSourceFactory {

    public static final String PROPERTY = "esafety.embedded.session-key";
    public static final String FILE_NAME = "session.key";
    private static final Pattern H2_FILE = Pattern.compile("jdbc:h2:file:([^;]+)");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        return dataFolder(url == null ? null : url.getValue())
                .<Iterable<ConfigSource>>map(dir -> List.of(new Source(dir.resolve(FILE_NAME))))
                .orElse(List.of());
    }

    /** The folder of an H2 file database ({@code jdbc:h2:file:./data/esafety} → {@code ./data}), if it is one. */
    public static Optional<Path> dataFolder(String jdbcUrl) {
        Matcher m = jdbcUrl == null ? null : H2_FILE.matcher(jdbcUrl);
        if (m == null || !m.lookingAt()) {
            return Optional.empty();
        }
        Path parent = Path.of(m.group(1)).getParent();
        return Optional.of(parent == null ? Path.of(".") : parent);
    }

    /** Reads (or creates) the key file only when the key is asked for. */
    static final class Source implements ConfigSource {
        private final Path file;
        private volatile String key;

        Source(Path file) {
            this.file = file;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(PROPERTY);
        }

        @Override
        public String getValue(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            if (key == null) {
                synchronized (this) {
                    if (key == null) {
                        key = KeyFile.readOrCreate(file);
                    }
                }
            }
            return key;
        }

        @Override
        public String getName() {
            return "generated session key (" + file + ")";
        }

        @Override
        public int getOrdinal() {
            return 100;
        }
    }
}
