package org.esafety.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** JSON over HTTP to one packaged instance, as one principal (an API key, the bootstrap admin, or nobody). */
final class ItClient {

    /** A status and the body as JSON (a missing node when the body is not JSON). */
    record Answer(int status, JsonNode body, String raw) {
        String text(String field) {
            return body.path(field).asText(null);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final ServiceInstance instance;
    private final String authorization;

    private ItClient(ServiceInstance instance, String authorization) {
        this.instance = instance;
        this.authorization = authorization;
    }

    static ItClient anonymous(ServiceInstance instance) {
        return new ItClient(instance, null);
    }

    /** The bootstrap admin, by HTTP Basic. */
    static ItClient admin(ServiceInstance instance) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ServiceInstance.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return new ItClient(instance, "Basic " + basic);
    }

    /** The same principal against another instance (an API key is valid on every instance of one database). */
    ItClient on(ServiceInstance other) {
        return new ItClient(other, authorization);
    }

    /**
     * A DSL API key bound to every configured school, created by the bootstrap admin (the access contract:
     * POST /api/admin/api-keys). Only a build without the access layer (no org.esafety.access) may answer 404,
     * and then needs no credentials.
     */
    static ItClient dslKey(ServiceInstance instance) throws IOException, InterruptedException {
        return key(instance, "dsl");
    }

    /** An API key with {@code role} bound to every configured school, created by the bootstrap admin. */
    static ItClient key(ServiceInstance instance, String role) throws IOException, InterruptedException {
        ItClient admin = admin(instance);
        Answer schools = admin.get("/api/schools?size=100");
        JsonNode items = schools.body().has("items") ? schools.body().get("items") : schools.body();
        List<String> ids = new java.util.ArrayList<>();
        items.forEach(s -> ids.add(s.path("id").asText()));
        Answer key = admin.post("/api/admin/api-keys", Map.of("name", "it-" + instance.name(), "role", role,
                "schoolIds", ids));
        if (key.status() == 404 && !accessLayerPresent()) {
            return anonymous(instance);
        }
        if (key.status() != 201) {
            throw new IllegalStateException("API key not created: " + key.status() + " " + key.raw());
        }
        return new ItClient(instance, "Bearer " + key.text("key"));
    }

    private static boolean accessLayerPresent() {
        try {
            Class.forName("org.esafety.access.Caller", false, ItClient.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer post(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(instance.uri(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), parse(response.body()), response.body());
    }

    static JsonNode parse(String raw) {
        try {
            return raw == null || raw.isBlank() ? MissingNode.getInstance() : JSON.readTree(raw);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
