package scot.cairn.outcome;

/** Tidies text as entered: surrounding spaces go, and blank optional text becomes null. */
final class Texts {

    private Texts() {}

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
