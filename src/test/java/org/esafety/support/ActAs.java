package org.esafety.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The role whose API key (bound to every school) {@link DefaultCredentials} sends for this test class; dsl by default. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ActAs {
    String value();
}
