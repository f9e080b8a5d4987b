package scot.cairn.risk;

import scot.cairn.platform.Labelled;

/** How soon a risk could come about. */
public enum Proximity implements Labelled {
    IMMINENT,
    WITHIN_THREE_MONTHS,
    WITHIN_A_YEAR,
    LATER;

    @Override
    public String labelKey() {
        return "risk.proximity." + name();
    }
}
