package org.esafety.reminder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.Json;

/** POSTs a notice as signed JSON (WebhookSigner); any answer but 2xx, or no answer, is a failed attempt. */
@ApplicationScoped
class WebhookSender {

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
        byte[] body = Json.write(notice.json()).getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(secret, timestamp, body))
                    .header(WebhookSigner.DELIVERY_HEADER, notice.notificationId().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
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
