package scot.cairn.sroi;

/** Where an impact-map row's quantity comes from. */
public enum QuantitySource {
    ENTERED("Entered"),
    INDICATOR_SUM("Sum of an indicator's approved measurements in the analysis period"),
    INDICATOR_LATEST("Latest approved measurement of an indicator in the analysis period");

    private final String label;

    QuantitySource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean fromIndicator() {
        return this != ENTERED;
    }
}
