package org.esafety.event;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;

/**
 * What a webhook registration must be (issue 17, finding 10): https outside loopback, a secret of at least 32 bytes
 * of its own, known event types. Every problem at once; nothing is written on a refused request.
 */
final class WebhookCheck {

    static final int MIN_SECRET_BYTES = 32;
    private static final int MAX_SECRET = 512;
    private static final int MAX_URL = 2048;
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    private WebhookCheck() {
    }

    static void check(WebhookRecords.NewWebhook body) {
        if (body == null) {
            throw new InvalidRequestException("", "a JSON body with url and events is required");
        }
        List<Violation> violations = new ArrayList<>();
        url(body.url(), violations);
        events(body.events(), violations);
        if (body.secret() != null && body.secret().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            violations.add(new Violation("secret", "at least " + MIN_SECRET_BYTES + " bytes (or leave it out to have one generated)"));
        } else if (body.secret() != null && (body.secret().length() > MAX_SECRET || !body.secret().equals(body.secret().strip()))) {
            violations.add(new Violation("secret", "at most " + MAX_SECRET + " characters, without leading or trailing spaces"));
        }
        if (body.description() != null && (body.description().isBlank() || body.description().length() > 100)) {
            violations.add(new Violation("description", "1 to 100 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static void url(String url, List<Violation> violations) {
        if (url == null || url.isBlank()) {
            violations.add(new Violation("url", "required"));
            return;
        }
        if (url.length() > MAX_URL) {
            violations.add(new Violation("url", "at most " + MAX_URL + " characters"));
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            violations.add(new Violation("url", "not a valid URL"));
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !Set.of("https", "http").contains(scheme)) {
            violations.add(new Violation("url", "an absolute https URL with a host"));
        } else if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            violations.add(new Violation("url", "no user name, password or fragment in the URL"));
        } else if ("http".equals(scheme) && !loopback(uri.getHost())) {
            violations.add(new Violation("url", "https only (http is allowed to a loopback address alone)"));
        }
    }

    /** localhost, 127.0.0.0/8 or ::1, by their literal names: no name is looked up. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || LOOPBACK_V4.matcher(h).matches() || h.equals("[::1]") || h.equals("::1");
    }

    private static void events(List<String> events, List<Violation> violations) {
        if (events == null || events.isEmpty()) {
            violations.add(new Violation("events", "at least one event type; one of " + EventType.names()));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            var type = events.get(i) == null ? java.util.Optional.<EventType>empty() : EventType.of(events.get(i));
            if (type.isEmpty()) {
                violations.add(new Violation("events[" + i + "]", "unknown event type; one of " + EventType.names()));
            } else if (!seen.add(type.get().id())) {
                violations.add(new Violation("events[" + i + "]", "given twice"));
            }
        }
    }
}
