package org.esafety.web;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Issue 17, finding 9: forwarded headers from a client that is not a trusted proxy change nothing. */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OtherProxy.class)
class UntrustedProxyTest {

    /** Only 192.0.2.10 (a documentation address) is a trusted proxy: the tests' loopback client is not. */
    public static class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @Test
    void shouldIgnoreForwardedHeadersFromAnUntrustedClient() {
        Response login = BehindProxyTest.viaProxy().get("/login");
        assertNull(login.header("Strict-Transport-Security"), "no HSTS on a client's word");
        assertTrue(login.headers().getValues("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith(CsrfToken.HOST_COOKIE) || c.contains("Secure")));
    }
}
