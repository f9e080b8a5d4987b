package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** How an organisation takes part: core partners sign the MoU; others are consulted or kept informed. */
public enum Standing implements Labelled {
    CORE("Core partner"),
    CONSULTED("Consulted"),
    INFORMED("Informed");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "partnership.standing." + name();
    }

    public String label() {
        return label;
    }
}
