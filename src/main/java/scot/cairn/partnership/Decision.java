package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** The outcome of the appropriateness assessment. */
public enum Decision implements Labelled {
    UNDECIDED,
    GO,
    NO_GO;

    @Override
    public String labelKey() {
        return "partnership.decision." + name();
    }
}
