package org.esafety.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.esafety.common.Violation;

/** Strict UTF-8 in JSON bodies, on bytes (no service): which sequences fail and which field is named. */
class Utf8CheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "c0af,       overlong '/' in two bytes",
            "c080,       overlong NUL",
            "e080af,     overlong '/' in three bytes",
            "f08282ac,   overlong euro sign in four bytes",
            "eda080,     a surrogate encoded as UTF-8 (CESU)",
            "edbfbf,     a low surrogate encoded as UTF-8",
            "f4908080,   above U+10FFFF",
            "f5808080,   a start byte above F4",
            "f888808080, a five-byte sequence",
            "fe,         a byte UTF-8 never uses",
            "80,         a lone continuation byte",
            "e282,       a truncated sequence"})
    void shouldRejectMalformedUtf8InAStringNamingItsField(String hex, String what) {
        Optional<Violation> v = Utf8Check.check(body("{\"schoolId\":\"x\",\"parties\":[{\"ref\":\"a\"},{\"ref\":\"p", hex,
                "q\"}],\"summary\":\"ok\"}"));
        assertEquals(Optional.of(new Violation("parties[1].ref", Utf8Check.NOT_UTF8)), v, what);
    }

    @Test
    void shouldNameTheTopLevelFieldAndTheObjectOfABadFieldName() {
        assertEquals("summary", Utf8Check.check(body("{\"a\":1,\"summary\":\"", "c0af", "\"}")).orElseThrow().field());
        assertEquals("circumstances", Utf8Check.check(body("{\"circumstances\":{\"x", "c0af", "\":true}}"))
                .orElseThrow().field());
        // Between values: the path where reading stopped, as for malformed JSON.
        assertEquals("a", Utf8Check.check(body("{\"a\":1", "c0af", "}")).orElseThrow().field());
        assertEquals("", Utf8Check.check(body("", "c0af", "{}")).orElseThrow().field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\\\\ud800|a lone high surrogate",
            "\\\\udc00|a lone low surrogate",
            "\\\\udc00\\\\ud800|a reversed pair",
            "\\\\ud800x|a high surrogate followed by a letter"})
    void shouldRejectUnpairedSurrogateEscapes(String escape, String what) {
        String json = "{\"summary\":\"a" + escape.replace("\\\\", "\\") + "b\"}";
        assertEquals(Optional.of(new Violation("summary", Utf8Check.UNPAIRED)),
                Utf8Check.check(json.getBytes(StandardCharsets.US_ASCII)), what);
    }

    @Test
    void shouldAcceptValidUtf8AndPairedEscapes() {
        String json = "{\"summary\":\"caf\u00e9 \u20ac \ud83d\ude00 \\ud83d\\udc4d \\u00e9\",\"parties\":[]}";
        assertEquals(Optional.empty(), Utf8Check.check(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), Utf8Check.check("not json at all \u00e9".getBytes(StandardCharsets.UTF_8)),
                "malformed JSON is the reader's to report");
    }

    @Test
    void shouldRejectUtf16Bodies() {
        assertTrue(Utf8Check.check("{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16LE)).isPresent());
        assertTrue(Utf8Check.check("{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16)).isPresent());
    }

    static byte[] body(String before, String hex, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex.trim()));
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
