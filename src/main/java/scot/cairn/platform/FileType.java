package scot.cairn.meeting;

import java.io.IOException;
import java.util.Locale;
import scot.cairn.platform.InvalidInputException;

/**
 * The kinds of file a paper may be, told by what the file holds, not by its name: a PDF starts with {@code %PDF-}; a
 * Word document and an Excel workbook are ZIP archives holding {@code word/document.xml} and {@code xl/workbook.xml}.
 * A file whose name says one kind and whose content is another (or none of these) is refused.
 */
enum PaperType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    final String mediaType;
    final String extension;

    PaperType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * The kind of the file named {@code fileName} holding {@code content}.
     *
     * @throws InvalidInputException on {@code file} when the name is not .pdf, .docx or .xlsx, or the content is not
     *     what the name says
     */
    static PaperType of(String fileName, byte[] content) {
        var named = named(fileName);
        if (named == null) {
            throw InvalidInputException.of("file", "meeting.paper.type");
        }
        var held = held(content);
        if (held != named) {
            throw InvalidInputException.of(
                    "file",
                    "meeting.paper.notWhatItSays",
                    fileName,
                    scot.cairn.platform.Message.of("meeting.paper.kind." + named.name()));
        }
        return named;
    }

    static PaperType fromMediaType(String mediaType) {
        for (var t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return t;
            }
        }
        throw new IllegalArgumentException(mediaType);
    }

    private static PaperType named(String fileName) {
        if (fileName == null) {
            return null;
        }
        var lower = fileName.toLowerCase(Locale.ROOT);
        for (var t : values()) {
            if (lower.endsWith("." + t.extension)) {
                return t;
            }
        }
        return null;
    }

    /** The kind the content is, or null when it is none of them. */
    static PaperType held(byte[] content) {
        if (content.length >= 5
                && content[0] == '%'
                && content[1] == 'P'
                && content[2] == 'D'
                && content[3] == 'F'
                && content[4] == '-') {
            return PDF;
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return null;
        }
        // The archive's central directory says what it holds without inflating anything, so a file that would
        // expand to gigabytes costs no more to look at than any other.
        try (var zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(content))
                .get()) {
            if (zip.getEntry("word/document.xml") != null) {
                return DOCX;
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return XLSX;
            }
            return null;
        } catch (IOException | RuntimeException broken) {
            return null;
        }
    }
}
