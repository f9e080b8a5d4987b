package scot.cairn.governance;

import scot.cairn.platform.Labelled;

/** A governance document a decision may be about. */
public enum DocumentLink implements Labelled {
    MOU,
    PID;

    @Override
    public String labelKey() {
        return "governance.documentLink." + name();
    }
}
