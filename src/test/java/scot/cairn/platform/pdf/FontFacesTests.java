package scot.cairn.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontFacesTests {

    @Test
    void eachFaceLosesOnlyItsGlyphSubstitutionTable() throws IOException {
        byte[] original;
        try (var in = FontFacesTests.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            original = in.readAllBytes();
        }
        try (TrueTypeFont before = parse(original);
                TrueTypeFont after = parse(FontFaces.REGULAR.open().readAllBytes())) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap().keySet())
                    .containsExactlyInAnyOrderElementsOf(before.getTableMap().keySet().stream()
                            .filter(tag -> !tag.equals("GSUB"))
                            .toList());
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            assertThat(after.getUnicodeCmapLookup().getGlyphId('£'))
                    .isEqualTo(before.getUnicodeCmapLookup().getGlyphId('£'))
                    .isPositive();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
