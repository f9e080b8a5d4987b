package scot.cairn.governance;

/** A governance document a decision may be about. */
public enum DocumentLink {
    MOU("Memorandum of Understanding"),
    PID("Project Initiation Document");

    private final String label;

    DocumentLink(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
