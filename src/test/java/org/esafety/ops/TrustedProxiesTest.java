package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The default trusted proxies are address literals Quarkus never resolves: an entry it does not take for an address
 * (a bare "::1" was one) is looked up by DNS on the request path, and where DNS did not answer, a request every ten
 * seconds waited five (bench/README.md, issue 21). Plain JUnit over application.properties.
 */
class TrustedProxiesTest {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");
    private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F:.]+/\\d{1,3}");

    @Test
    void shouldTrustOnlyAddressesAndRangesByDefault() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        Matcher m = Pattern.compile("\\$\\{ESAFETY_TRUSTED_PROXIES:([^}]*)}")
                .matcher(properties.getProperty("quarkus.http.proxy.trusted-proxies"));
        assertTrue(m.matches(), "the default is given through ESAFETY_TRUSTED_PROXIES");
        List<String> entries = List.of(m.group(1).split(","));
        assertFalse(entries.isEmpty());
        for (String entry : entries) {
            assertTrue(IPV4.matcher(entry).matches() || CIDR.matcher(entry).matches(),
                    entry + " is neither an IPv4 address nor a range: Quarkus would resolve it by DNS");
        }
        assertTrue(entries.contains("::1/128"), "IPv6 loopback is trusted as a range");
    }
}
