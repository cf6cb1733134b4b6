package org.esafety.support;

import java.util.List;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.authentication.NoAuthScheme;
import io.restassured.filter.Filter;

/**
 * Gives every REST Assured request of a {@code @QuarkusTest} that carries no credentials of its own a real
 * one: an API key with the dsl role (or the class's {@link ActAs} role) bound to every configured school, issued
 * once per role and application start through the admin API. Test classes annotated {@link OwnCredentials}
 * send their own, or none.
 */
public class DefaultCredentials implements QuarkusTestBeforeEachCallback {

    /** One key per role and application start: this class is loaded afresh with each start's class loader. */
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Class<?> test = context.getTestInstance().getClass();
        if (test.isAnnotationPresent(OwnCredentials.class)) {
            RestAssured.replaceFiltersWith(List.of());
            return;
        }
        String role = test.isAnnotationPresent(ActAs.class) ? test.getAnnotation(ActAs.class).value() : "dsl";
        RestAssured.replaceFiltersWith(List.of(keyOf(role)));
    }

    private static Filter keyOf(String role) {
        return (request, response, context) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")
                    && request.getAuthenticationScheme() instanceof NoAuthScheme) {
                request.header("Authorization", as(role));
            }
            return context.next(request, response);
        };
    }

    /** The Authorization header of an API key with {@code role} bound to every configured school. */
    public static String as(String role) {
        return TestCredentials.bearer(KEYS.computeIfAbsent(role,
                r -> TestCredentials.apiKey(r, TestCredentials.allSchools())));
    }
}
