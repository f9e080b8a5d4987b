package scot.cairn.platform;

/**
 * The NUL character (U+0000), which can arrive unseen in pasted text, a file or a JSON string. PostgreSQL cannot store
 * it in text, so Cairn refuses it wherever text comes in, with the same words everywhere: "Remove the hidden control
 * character (NUL) from title".
 */
public final class HiddenCharacters {

    private static final char NUL = '\u0000';

    private HiddenCharacters() {}

    /** True when the text holds a NUL; false for null. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf(NUL) >= 0;
    }

    /** The refusal for a field, named by its form or JSON name: "Remove the hidden control character (NUL) from title". */
    public static Message refusal(String field) {
        return field == null || field.isBlank()
                ? Message.of("platform.nul.text")
                : Message.of("platform.nul.field", label(field));
    }

    /** The field as a person reads it: {@code "metric1Name"} is "metric 1 name"; a JSON path stays as it is. */
    static String label(String field) {
        if (field.contains(".") || field.contains("[")) {
            return field;
        }
        return field.replaceAll("(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])", " ")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
