package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** The outcome of the appropriateness assessment. */
public enum Decision implements Labelled {
    UNDECIDED("Not decided"),
    GO("Go"),
    NO_GO("No go");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "partnership.decision." + name();
    }

    public String label() {
        return label;
    }
}
