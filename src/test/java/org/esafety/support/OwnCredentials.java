package org.esafety.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that sends its own credentials: {@link DefaultCredentials} leaves its requests without the
 * default DSL key, so that requests without credentials really have none.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnCredentials {
}
