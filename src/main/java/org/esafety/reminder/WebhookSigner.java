package org.esafety.reminder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code X-Esafety-Signature: sha256=<hex>} where hex is HMAC-SHA256 with the
 * school's secret over the {@code X-Esafety-Timestamp} value (seconds since the epoch), a dot and the
 * exact body bytes. A receiver recomputes it, compares in constant time and refuses old timestamps.
 */
public final class WebhookSigner {

    public static final String SIGNATURE_HEADER = "X-Esafety-Signature";
    public static final String TIMESTAMP_HEADER = "X-Esafety-Timestamp";
    public static final String DELIVERY_HEADER = "X-Esafety-Notification";

    private WebhookSigner() {
    }

    public static String signature(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
