package scot.cairn.sroi;

import scot.cairn.platform.Labelled;

/** Where an impact-map row's quantity comes from. */
public enum QuantitySource implements Labelled {
    ENTERED("Entered"),
    INDICATOR_SUM("Sum of an indicator's approved measurements in the analysis period"),
    INDICATOR_LATEST("Latest approved measurement of an indicator in the analysis period");

    private final String label;

    QuantitySource(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "sroi.quantitySource." + name();
    }

    public String label() {
        return label;
    }

    public boolean fromIndicator() {
        return this != ENTERED;
    }
}
