package scot.cairn.partnership;

/** How an organisation takes part: core partners sign the MoU; others are consulted or kept informed. */
public enum Standing {
    CORE("Core partner"),
    CONSULTED("Consulted"),
    INFORMED("Informed");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
