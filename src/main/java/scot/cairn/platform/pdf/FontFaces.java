package scot.cairn.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * The four faces of Liberation Sans that every PDF embeds, read once from the class path.
 *
 * <p>Each face is handed to openhtmltopdf without its GSUB (glyph substitution) table. PDFBox 3 runs every piece of
 * text through that table, compiling regular expressions for each string it draws: for Liberation Sans, which
 * substitutes nothing that English or Gaelic text needs, that was half the time and four fifths of the memory
 * allocated for a long report. The embedded subsets never carried the table anyway (PDFBox leaves it out when it
 * subsets), so the PDFs look the same.
 */
enum FontFaces {
    REGULAR("Regular", 400, FontStyle.NORMAL),
    BOLD("Bold", 700, FontStyle.NORMAL),
    ITALIC("Italic", 400, FontStyle.ITALIC),
    BOLD_ITALIC("BoldItalic", 700, FontStyle.ITALIC);

    private static final int DIRECTORY = 12;
    private static final int RECORD = 16;

    final int weight;
    final FontStyle style;
    private final byte[] file;

    FontFaces(String name, int weight, FontStyle style) {
        this.weight = weight;
        this.style = style;
        this.file = withoutTable(read("/liberation/LiberationSans-" + name + ".ttf"), "GSUB");
    }

    InputStream open() {
        return new ByteArrayInputStream(file);
    }

    private static byte[] read(String path) {
        try (InputStream in = FontFaces.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The font " + path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + path, e);
        }
    }

    /**
     * The TrueType file without one table's entry in its table directory. The tables stay where they are (their
     * offsets count from the start of the file), so the freed directory entry is left as zero padding.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        byte[] result = font.clone();
        ByteBuffer in = ByteBuffer.wrap(font);
        ByteBuffer out = ByteBuffer.wrap(result);
        int tables = Short.toUnsignedInt(in.getShort(4));
        int kept = 0;
        for (int i = 0; i < tables; i++) {
            int at = DIRECTORY + RECORD * i;
            if (!tag.equals(new String(font, at, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
                System.arraycopy(font, at, result, DIRECTORY + RECORD * kept++, RECORD);
            }
        }
        java.util.Arrays.fill(result, DIRECTORY + RECORD * kept, DIRECTORY + RECORD * tables, (byte) 0);
        int power = Integer.highestOneBit(Math.max(kept, 1));
        out.putShort(4, (short) kept);
        out.putShort(6, (short) (power * RECORD));
        out.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        out.putShort(10, (short) (kept * RECORD - power * RECORD));
        return result;
    }
}
