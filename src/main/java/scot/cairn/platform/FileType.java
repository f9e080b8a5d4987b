package scot.cairn.platform;

import java.io.IOException;
import java.util.Locale;

/**
 * The kinds of document Cairn takes as an upload (meeting papers, a consultation's other versions), told by what the
 * file holds, not by its name: a PDF starts with {@code %PDF-}; a
 * Word document and an Excel workbook are ZIP archives holding {@code word/document.xml} and {@code xl/workbook.xml}.
 * A file whose name says one kind and whose content is another (or none of these) is refused.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * The kind of the file named {@code fileName} holding {@code content}.
     *
     * @throws InvalidInputException on {@code file} when the name is not .pdf, .docx or .xlsx, or the content is not
     *     what the name says
     */
    public static FileType of(String fileName, byte[] content) {
        var named = named(fileName);
        if (named == null) {
            throw InvalidInputException.of("file", "platform.file.type");
        }
        var held = held(content);
        if (held != named) {
            throw InvalidInputException.of(
                    "file", "platform.file.notWhatItSays", fileName, Message.of(named.labelKey()));
        }
        return named;
    }

    public static FileType fromMediaType(String mediaType) {
        for (var t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return t;
            }
        }
        throw new IllegalArgumentException(mediaType);
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** "a PDF", "a Word document"... for sentences. */
    public String labelKey() {
        return "platform.file.kind." + name();
    }

    /**
     * Checks an upload named {@code fileName} holding {@code content}: not empty, at most {@code maxMegabytes}, a name
     * of at most 255 characters, and one of these kinds as its name says. Every refusal is on {@code file}.
     *
     * @return its kind
     */
    public static FileType check(String fileName, byte[] content, int maxMegabytes) {
        var name = fileName == null ? "" : fileName.strip();
        new InvalidInputException.Collector()
                .rejectIf(content == null || content.length == 0, "file", "platform.file.empty")
                .rejectIf(
                        content != null && content.length > maxMegabytes * 1024L * 1024L,
                        "file",
                        "platform.file.tooLarge",
                        maxMegabytes)
                .rejectIf(name.length() > 255, "file", "platform.file.nameTooLong", 255)
                .throwIfAny();
        return of(name, content);
    }

    /** The SHA-256 of the bytes, in lower-case hex. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileType named(String fileName) {
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
    public static FileType held(byte[] content) {
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
