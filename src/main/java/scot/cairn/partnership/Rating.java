package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** How strongly the evidence answers one assessment question. */
public enum Rating implements Labelled {
    NOT_RATED("Not yet rated"),
    STRONG("Strong"),
    ADEQUATE("Adequate"),
    WEAK("Weak");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "partnership.rating." + name();
    }

    public String label() {
        return label;
    }
}
