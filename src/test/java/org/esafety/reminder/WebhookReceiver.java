package org.esafety.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for a school's webhook endpoint. It checks each request's signature the way
 * a receiver should (recompute HMAC-SHA256 over timestamp, dot and body; compare in constant time) and
 * answers 204, or 503 for a path told to fail.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, with the receiver's own verdict on its signature. */
    record Received(String path, String body, String timestamp, String signature, String notificationId,
                    String contentType, boolean validSignature) {
    }

    private final HttpServer server;
    private final Map<String, String> secrets;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> failing = new ConcurrentHashMap<>();

    /** {@code secrets}: the signing key expected for each path. */
    WebhookReceiver(int port, Map<String, String> secrets) {
        this.secrets = secrets;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::handle);
        server.start();
    }

    void failing(String path, boolean fail) {
        failing.put(path, fail);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst("X-Esafety-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Esafety-Signature");
        received.add(new Received(path, body, timestamp, signature,
                exchange.getRequestHeaders().getFirst("X-Esafety-Notification"),
                exchange.getRequestHeaders().getFirst("Content-Type"), verify(path, timestamp, body, signature)));
        exchange.sendResponseHeaders(failing.getOrDefault(path, false) ? 503 : 204, -1);
        exchange.close();
    }

    private boolean verify(String path, String timestamp, String body, String signature) {
        String secret = secrets.get(path);
        if (secret == null || timestamp == null || signature == null) {
            return false;
        }
        // Computed here from the documented formula, not with the service's own signer.
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            String expectedHeader = "sha256=" + HexFormat.of().formatHex(expected);
            return MessageDigest.isEqual(expectedHeader.getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
