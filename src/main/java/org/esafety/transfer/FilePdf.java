package org.esafety.transfer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.esafety.common.Pdf;

/** {@code file.pdf}: the child's file laid out for people, from the same document as {@code file.json}. */
final class FilePdf {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance file(ChildFile file, Times times);
    }

    /** Instants as the file prints them, in the sending school's time zone. */
    record Times(ZoneId zone) {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

        public String time(Instant instant) {
            return instant == null ? "" : TIME.format(instant.atZone(zone));
        }
    }

    private FilePdf() {
    }

    static byte[] render(ChildFile file, ZoneId zone) {
        return Pdf.render(Templates.file(file, new Times(zone)).render());
    }
}
