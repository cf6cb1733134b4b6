package org.esafety.event;

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
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;

/**
 * A school system's webhook endpoint on a free loopback port: it keeps every request with its own verdict on the
 * signature (recomputed from the documented formula with the secret the registration returned) and answers 204, or
 * 503 for the first {@code n} requests to a path told to fail.
 */
final class EventReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String path, String body, String contentType, String deliveryId, String ceId, boolean validSignature) {
        JsonPath json() {
            return JsonPath.from(body);
        }

        String type() {
            return json().getString("type");
        }

        String subject() {
            return json().getString("subject");
        }
    }

    private final HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    EventReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/events", this::handle);
        server.start();
    }

    /** The URL of {@code path} (under /events/) on this receiver. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events/" + path;
    }

    void secret(String path, String secret) {
        secrets.put("/events/" + path, secret);
    }

    void failFirst(String path, int n) {
        failures.put("/events/" + path, new AtomicInteger(n));
    }

    /** What arrived at {@code path} about {@code subjectPrefix} (e.g. "incidents/{id}"). */
    List<Received> at(String path, String subjectPrefix) {
        return received.stream().filter(r -> r.path().equals("/events/" + path))
                .filter(r -> r.subject() != null && r.subject().startsWith(subjectPrefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        received.add(new Received(path, body, headers.getFirst("Content-Type"), headers.getFirst("X-Esafety-Notification"),
                headers.getFirst("ce-id"),
                verify(secrets.get(path), headers.getFirst("X-Esafety-Timestamp"), body, headers.getFirst("X-Esafety-Signature"))));
        AtomicInteger fail = failures.get(path);
        exchange.sendResponseHeaders(fail != null && fail.getAndDecrement() > 0 ? 503 : 204, -1);
        exchange.close();
    }

    private static boolean verify(String secret, String timestamp, String body, String signature) {
        if (secret == null || timestamp == null || signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
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
