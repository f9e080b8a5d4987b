package scot.cairn.risk;

import scot.cairn.platform.Labelled;

/** A risk may happen; an issue has happened (a risk that came about, or one raised as an issue). */
public enum RiskKind implements Labelled {
    RISK,
    ISSUE;

    @Override
    public String labelKey() {
        return "risk.kind." + name();
    }
}
