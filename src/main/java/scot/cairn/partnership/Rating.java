package scot.cairn.partnership;

/** How strongly the evidence answers one assessment question. */
public enum Rating {
    NOT_RATED("Not yet rated"),
    STRONG("Strong"),
    ADEQUATE("Adequate"),
    WEAK("Weak");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
