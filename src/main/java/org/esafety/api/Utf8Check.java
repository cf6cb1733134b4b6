package org.esafety.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import org.esafety.common.Violation;

/**
 * A JSON body is UTF-8 text (RFC 8259 §8) whose strings are Unicode: no overlong, surrogate or out-of-range
 * sequences, no stray bytes, no unpaired surrogate escapes. Jackson reads some of these silently (an overlong "/"
 * becomes "/", F4 90 80 80 becomes two lone surrogates), so what was stored would not be what was sent. Names the
 * field that holds the first fault, as api.md writes paths.
 */
final class Utf8Check {

    static final String NOT_UTF8 = "not valid UTF-8 (an overlong, surrogate or out-of-range sequence, or a stray byte)";
    static final String UNPAIRED = "holds an unpaired surrogate escape (\\uD800-\\uDFFF): not a character";

    private static final JsonFactory FACTORY = new JsonFactory();

    private Utf8Check() {
    }

    static Optional<Violation> check(byte[] body) {
        if (utf16or32(body)) {
            return Optional.of(new Violation("", "a JSON body is UTF-8 text"));
        }
        int bad = firstMalformed(body);
        if (bad >= 0) {
            return Optional.of(new Violation(pathAt(body, bad), NOT_UTF8));
        }
        return unpairedSurrogate(new String(body, StandardCharsets.UTF_8));
    }

    /** JSON starts with an ASCII character: a NUL among the first bytes, or a UTF-16 mark, is another encoding. */
    private static boolean utf16or32(byte[] body) {
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            return true;
        }
        for (int i = 0; i < Math.min(4, body.length); i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The offset of the first byte that is not strict UTF-8 (the JDK decoder's rules), or -1. */
    static int firstMalformed(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        return decoder.flush(out).isError() ? in.position() : -1;
    }

    /** The path of the string or field name that holds byte {@code offset}; where Jackson itself stops, that path. */
    private static String pathAt(byte[] body, int offset) {
        JsonParser p = null;
        try {
            p = FACTORY.createParser(body);
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                long start = p.currentTokenLocation().getByteOffset();
                if (start > offset) {
                    return path(p.getParsingContext().getParent(), true);
                }
                if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                    p.getText();
                    if (offset < p.currentLocation().getByteOffset()) {
                        return path(p.getParsingContext(), token == JsonToken.VALUE_STRING);
                    }
                }
            }
            return "";
        } catch (IOException e) {
            return p == null ? "" : path(p.getParsingContext(), true);
        } finally {
            close(p);
        }
    }

    private static Optional<Violation> unpairedSurrogate(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) && unpaired(p.getText())) {
                    return Optional.of(new Violation(path(p.getParsingContext(), token == JsonToken.VALUE_STRING),
                            UNPAIRED));
                }
            }
        } catch (IOException e) {
            // Not JSON: the body reader reports where parsing stopped.
        }
        return Optional.empty();
    }

    static boolean unpaired(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** parties[0].ref; with {@code withName} false, the object that holds the current field name. */
    private static String path(JsonStreamContext context, boolean withName) {
        Deque<String> parts = new ArrayDeque<>();
        boolean current = true;
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent(), current = false) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null && (withName || !current)) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // nothing to release beyond the array
            }
        }
    }
}
