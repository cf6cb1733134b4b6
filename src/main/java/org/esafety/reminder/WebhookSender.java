package org.esafety.reminder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.Json;

/**
 * POSTs a notice as signed JSON, or an event as a signed CloudEvent (WebhookSigner, the same signature for both);
 * any answer but 2xx, or no answer, is a failed attempt.
 */
@ApplicationScoped
class WebhookSender {

    /** The CloudEvents structured mode's media type (CloudEvents HTTP binding 1.0, 3.2). */
    static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";

    private final WebhookSecrets secrets;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient client;

    WebhookSender(WebhookSecrets secrets, Clock clock, RemindersConfig config) {
        this.secrets = secrets;
        this.clock = clock;
        this.timeout = config.webhook().timeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void send(Notice notice, String url) throws DeliveryFailedException {
        String secret = secrets.secret(notice.schoolId()).orElseThrow(() -> new DeliveryFailedException("no secret"));
        post(url, Json.write(notice.json()).getBytes(StandardCharsets.UTF_8), "application/json", secret,
                notice.notificationId(), Map.of());
    }

    /**
     * An event row's CloudEvent, signed with its endpoint's own secret. The {@code ce-} headers repeat the event's
     * id, type, source and version, as the structured mode allows, for receivers that route on headers.
     */
    void sendEvent(Notification n, String secret, Map<String, String> ceHeaders) throws DeliveryFailedException {
        post(n.destination, n.payload.getBytes(StandardCharsets.UTF_8), CLOUDEVENTS_JSON, secret, n.id, ceHeaders);
    }

    private void post(String url, byte[] body, String contentType, String secret, UUID deliveryId,
                      Map<String, String> extraHeaders) throws DeliveryFailedException {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", contentType)
                    .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(secret, timestamp, body))
                    .header(WebhookSigner.DELIVERY_HEADER, deliveryId.toString());
            extraHeaders.forEach(builder::header);
            request = builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailedException("invalid webhook URL");
        }
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DeliveryFailedException("http " + status);
            }
        } catch (IOException e) {
            throw new DeliveryFailedException("webhook: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted");
        }
    }
}
