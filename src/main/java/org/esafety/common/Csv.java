package org.esafety.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * RFC 4180 text: fields with a comma, quote or line break are quoted, quotes doubled, lines end in CRLF. A field
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with a quote
 * mark, so that an agency's reference typed as "=HYPERLINK(...)" stays text (OWASP "CSV injection").
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder();

    public Csv row(Object... fields) {
        text.append(Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
