package org.esafety.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * XHTML (from a Qute template) laid out as a PDF by openhtmltopdf on PDFBox: no browser, no network (the templates
 * refer to nothing outside themselves, and the base URI is none), the PDF base fonts. Shared by the reports and the
 * child's file.
 */
public final class Pdf {

    static {
        // openhtmltopdf logs to the console by itself, document details included: the service's logs carry ids only.
        XRLog.setLoggingEnabled(false);
    }

    private Pdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("esafety-incident-rules");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be laid out as a PDF", e);
        }
        return out.toByteArray();
    }
}
