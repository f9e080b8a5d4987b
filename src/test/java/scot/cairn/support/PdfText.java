package scot.cairn.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads the text of a PDF back, so tests can check what a produced PDF says and how it is made. */
public final class PdfText {

    private PdfText() {}

    /** What a PDF tells assistive technology and archives about itself. */
    public record Accessibility(
            String title,
            String subject,
            String language,
            boolean tagged,
            boolean hasStructureTree,
            boolean displaysTitle,
            List<String> fontsNotEmbedded,
            String pdfaPart,
            int pages) {}

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    public static String title(byte[] pdf) {
        return accessibility(pdf).title();
    }

    public static Accessibility accessibility(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            var info = document.getDocumentInformation();
            var preferences = catalog.getViewerPreferences();
            var metadata = catalog.getMetadata();
            String xmp =
                    metadata == null ? "" : new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            var part =
                    java.util.regex.Pattern.compile("pdfaid:part[=>\"]+(\\d)").matcher(xmp);
            return new Accessibility(
                    info.getTitle(),
                    info.getSubject(),
                    catalog.getLanguage(),
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                    catalog.getStructureTreeRoot() != null
                            && !catalog.getStructureTreeRoot().getKids().isEmpty(),
                    preferences != null && preferences.displayDocTitle(),
                    fontsNotEmbedded(document),
                    part.find() ? part.group(1) : null,
                    document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    private static List<String> fontsNotEmbedded(PDDocument document) throws IOException {
        var missing = new ArrayList<String>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!font.isEmbedded()) {
                    missing.add(font.getName());
                }
            }
        }
        return missing;
    }
}
