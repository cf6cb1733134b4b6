package org.esafety.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.esafety.common.Violation;

/** An RFC 9457 problem body; {@code violations} only on 400s caused by the request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem("urn:esafety:problem:" + kind, title, status, detail, null);
    }

    /** A request body past the size limit: answered before any other work, nothing stored. */
    public static Problem payloadTooLarge(String limit) {
        return of(413, "payload-too-large", "Payload too large",
                "request bodies are limited to " + limit + "; nothing was stored");
    }

    public static Problem validation(List<Violation> violations) {
        return new Problem("urn:esafety:problem:validation", "The request is not valid", 400,
                violations.size() == 1 ? violations.get(0).field().isEmpty() ? violations.get(0).message()
                        : violations.get(0).field() + ": " + violations.get(0).message()
                        : violations.size() + " fields are not valid", violations);
    }
}
