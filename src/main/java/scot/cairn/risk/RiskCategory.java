package scot.cairn.risk;

import scot.cairn.platform.Labelled;

/** What a risk threatens, for grouping the register. */
public enum RiskCategory implements Labelled {
    DELIVERY,
    FINANCIAL,
    PEOPLE,
    PARTNERSHIP,
    SERVICE_USERS,
    REPUTATION,
    LEGAL,
    OTHER;

    @Override
    public String labelKey() {
        return "risk.category." + name();
    }
}
