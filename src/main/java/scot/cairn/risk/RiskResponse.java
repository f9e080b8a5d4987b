package scot.cairn.risk;

import scot.cairn.platform.Labelled;

/** What the partnership does about a risk. */
public enum RiskResponse implements Labelled {
    AVOID,
    REDUCE,
    TRANSFER,
    ACCEPT;

    @Override
    public String labelKey() {
        return "risk.response." + name();
    }
}
