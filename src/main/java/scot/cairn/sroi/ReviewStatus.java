package scot.cairn.sroi;

import scot.cairn.platform.Labelled;

/** A draft review may change; once signed off by the board it is a record and locked. */
public enum ReviewStatus implements Labelled {
    DRAFT("Draft"),
    SIGNED_OFF("Signed off");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "sroi.reviewStatus." + name();
    }

    public String label() {
        return label;
    }
}
