package scot.cairn.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

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
    void textPastedWithControlCharactersOrSymbolsOutsideTheFontStillMakesAPdf() {
        byte[] bytes = pdf.render(
                "pdf/sample",
                Map.of(
                        "title",
                        "Section\u000b from Word\u0001",
                        "rows",
                        List.of("Caf\u00e9 \u2013 \uD83D\uDE00 ok", "Ceòl")));

        String text = PdfText.of(bytes);
        assertThat(text).contains("Section", "from Word", "Caf\u00e9", "ok", "Ceòl");
    }
}
