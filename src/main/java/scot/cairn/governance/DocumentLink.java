package scot.cairn.governance;

import scot.cairn.platform.Labelled;

/** A governance document a decision may be about. */
public enum DocumentLink implements Labelled {
    MOU("Memorandum of Understanding"),
    PID("Project Initiation Document");

    private final String label;

    DocumentLink(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "governance.documentLink." + name();
    }

    public String label() {
        return label;
    }
}
