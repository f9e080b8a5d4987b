package scot.cairn.sroi;

import scot.cairn.platform.Labelled;

/** Where an impact-map row's quantity comes from. */
public enum QuantitySource implements Labelled {
    ENTERED,
    INDICATOR_SUM,
    INDICATOR_LATEST;

    @Override
    public String labelKey() {
        return "sroi.quantitySource." + name();
    }

    public boolean fromIndicator() {
        return this != ENTERED;
    }
}
