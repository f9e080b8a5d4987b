package scot.cairn.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf template into a PDF with openhtmltopdf. PDF templates live under {@code templates/pdf/}, are
 * well-formed XHTML (openhtmltopdf parses XML) and use {@code pdf/base :: styles} for the shared print styles. The
 * produced PDF is tagged (PDF/UA structure) with the document's title and language so a screen reader can read it.
 */
@Component
public class PdfRenderer {

    /** The family PDF templates name in their styles; its files are embedded, as PDF/UA requires. */
    public static final String FONT_FAMILY = "Liberation Sans";

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code template} with {@code model} and returns the PDF's bytes. */
    public byte[] render(String template, Map<String, ?> model) {
        Context context = new Context(Locale.UK);
        model.forEach(context::setVariable);
        String html = templates.process(template, context);
        return fromXhtml(html);
    }

    /** The PDF of an already rendered, well-formed XHTML document. */
    public byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            for (Face face : Face.values()) {
                builder.useFont(face::open, FONT_FAMILY, face.weight, face.style, true);
            }
            builder.withHtmlContent(xmlSafe(xhtml), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not produce the PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * Drops characters XML does not allow (control characters that text pasted from word processors carries, such as
     * a vertical tab), so one stray character cannot stop a document's PDF. Tabs and line breaks stay.
     */
    static String xmlSafe(String text) {
        return INVALID_XML.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern INVALID_XML =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private enum Face {
        REGULAR("Regular", 400, BaseRendererBuilder.FontStyle.NORMAL),
        BOLD("Bold", 700, BaseRendererBuilder.FontStyle.NORMAL),
        ITALIC("Italic", 400, BaseRendererBuilder.FontStyle.ITALIC),
        BOLD_ITALIC("BoldItalic", 700, BaseRendererBuilder.FontStyle.ITALIC);

        private final String file;
        private final int weight;
        private final BaseRendererBuilder.FontStyle style;

        Face(String file, int weight, BaseRendererBuilder.FontStyle style) {
            this.file = "/liberation/LiberationSans-" + file + ".ttf";
            this.weight = weight;
            this.style = style;
        }

        InputStream open() {
            InputStream in = PdfRenderer.class.getResourceAsStream(file);
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the class path");
            }
            return in;
        }
    }
}
