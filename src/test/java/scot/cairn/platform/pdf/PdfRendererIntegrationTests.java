package scot.cairn.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.support.CairnTest;
import scot.cairn.support.PdfText;

@CairnTest
class PdfRendererIntegrationTests {

    @Autowired
    PdfRenderer pdf;

    @Test
    void aTemplateBecomesAPdfThatSaysWhatThePageSaid() {
        byte[] bytes = pdf.render(
                "pdf/sample", Map.of("title", "Memorandum & partners", "rows", List.of("Falkirk Council", "Aberlour")));

        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        String text = PdfText.of(bytes);
        assertThat(text).contains("Memorandum & partners", "Falkirk Council", "Aberlour", "Page 1 of 1");
        assertThat(PdfText.title(bytes)).isEqualTo("Memorandum & partners");
    }

    @Test
    void everyPdfIsTaggedWithItsTitleLanguageAndEmbeddedFontsForScreenReadersAndArchives() {
        byte[] bytes = pdf.render("pdf/sample", Map.of("title", "Partners", "rows", List.of("Falkirk Council")));

        var pdf = PdfText.accessibility(bytes);
        assertThat(pdf.title()).isEqualTo("Partners");
        assertThat(pdf.language()).isEqualTo("en-GB");
        assertThat(pdf.tagged()).isTrue();
        assertThat(pdf.hasStructureTree()).isTrue();
        assertThat(pdf.displaysTitle()).isTrue();
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
        assertThat(pdf.pdfaPart()).isEqualTo("2");
    }

    @Test
    void textPastedWithControlCharactersOrSymbolsOutsideTheFontStillMakesAPdfWithOnlyEmbeddedFonts() {
        byte[] bytes = pdf.render(
                "pdf/sample",
                Map.of(
                        "title",
                        "Section\u000b from Word\u0001",
                        "rows",
                        List.of("Caf\u00e9 \u2013 \uD83D\uDE00 \u4e2d ok", "Ceòl")));

        String text = PdfText.of(bytes);
        assertThat(text).contains("Section", "from Word", "Caf\u00e9", "ok", "Ceòl");
        assertThat(PdfText.accessibility(bytes).fontsNotEmbedded()).isEmpty();
    }

    @Test
    void aDocumentWithoutATitleOrLanguageIsAProgrammingErrorNotAnInaccessiblePdf() {
        assertThatThrownBy(() -> pdf.fromXhtml("<html lang=\"en-GB\"><head></head><body><p>x</p></body></html>"))
                .hasStackTraceContaining("needs a non-blank <title>");
        assertThatThrownBy(() -> pdf.fromXhtml("<html><head><title>T</title></head><body><p>x</p></body></html>"))
                .hasStackTraceContaining("needs a lang attribute");
    }
}
