package scot.cairn.platform;

import java.util.Locale;

/**
 * The NUL character (U+0000), which can arrive unseen in pasted text, a file or a JSON string. PostgreSQL cannot store
 * it in text, so Cairn refuses it wherever text comes in, with the same words everywhere: "Remove the hidden control
 * character (NUL) from title".
 */
public final class HiddenCharacters {

    private static final char NUL = '\u0000';
    private static final String REMOVE = "emove the hidden control character (NUL) from ";

    private HiddenCharacters() {}

    /** True when the text holds a NUL; false for null. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf(NUL) >= 0;
    }

    /**
     * The refusal for a field, named as a person reads it: {@code "metric1Name"} becomes "metric 1 name", and a JSON
     * path such as {@code "row.stakeholder"} is kept as it is.
     */
    public static String refusal(String field) {
        return "R" + REMOVE + label(field);
    }

    /**
     * The refusal inside a longer message, after a prefix such as "Row 3: ": "Row 3: remove the hidden control character
     * (NUL) from the stakeholder". Without a prefix it starts with a capital.
     */
    public static String refusal(String prefix, String what) {
        return prefix + (prefix.isEmpty() ? "R" : "r") + REMOVE + what;
    }

    static String label(String field) {
        if (field == null || field.isBlank()) {
            return "the text";
        }
        if (field.contains(".") || field.contains("[")) {
            return field;
        }
        return field.replaceAll("(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])", " ")
                .toLowerCase(Locale.ROOT);
    }
}
