package scot.cairn.outcome;

/** How often an indicator is measured, which decides the kind of period its values belong to. */
public enum Frequency {
    QUARTERLY("Quarterly"),
    MONTHLY("Monthly");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
