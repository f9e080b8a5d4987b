package scot.cairn.platform.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf template into a PDF with openhtmltopdf. PDF templates live under {@code templates/pdf/}, are
 * well-formed XHTML (openhtmltopdf parses XML) and use {@code pdf/base :: styles} for the shared print styles.
 *
 * <p>Every PDF is tagged for accessibility (PDF/UA structure: headings, paragraphs, tables with their header cells)
 * and archivable (PDF/A-2u), with its title, description and language in the metadata, and every font embedded (only
 * Liberation Sans is ever used: a character it lacks prints as a replacement mark rather than pulling in a font that
 * is not embedded). A template must give its {@code <html>} a {@code lang} and its {@code <head>} a non-blank
 * {@code <title>}; one that does not is a programming error and fails loudly.
 *
 * <p>Laying out a long document holds its whole box tree in memory (the largest SROI report needs more than 192 MB of heap and fits in 256 MB), so at
 * most {@link #AT_ONCE} PDFs are produced at the same time and further requests wait their turn.
 */
@Component
public class PdfRenderer {

    /** The family PDF templates name in their styles; its files are embedded, as PDF/UA requires. */
    public static final String FONT_FAMILY = "Liberation Sans";

    /** How many PDFs may be laid out at once; each can need a few hundred megabytes at the largest. */
    static final int AT_ONCE = 2;

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final Pattern INVALID_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final ITemplateEngine templates;
    private final Semaphore turns = new Semaphore(AT_ONCE, true);

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code template} with {@code model} in the reader's language and returns the PDF's bytes. */
    public byte[] render(String template, Map<String, ?> model) {
        Context context = new Context(LocaleContextHolder.getLocale());
        model.forEach(context::setVariable);
        String html = templates.process(template, context);
        return fromXhtml(html);
    }

    /** The PDF of an already rendered, well-formed XHTML document (with a language and a title). */
    public byte[] fromXhtml(String xhtml) {
        turns.acquireUninterruptibly();
        try {
            return pdf(xmlSafe(xhtml));
        } finally {
            turns.release();
        }
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            for (FontFaces face : FontFaces.values()) {
                builder.useFont(face::open, FONT_FAMILY, face.weight, face.style, true);
            }
            builder.addDOMMutator(DocumentContract::check);
            builder.withHtmlContent(xhtml, null);
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
}
