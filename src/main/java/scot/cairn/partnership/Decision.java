package scot.cairn.partnership;

/** The outcome of the appropriateness assessment. */
public enum Decision {
    UNDECIDED("Not decided"),
    GO("Go"),
    NO_GO("No go");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
