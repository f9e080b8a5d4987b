package scot.cairn.risk;

import scot.cairn.platform.Labelled;

/** An open item is managed and reviewed; a closed one is kept in the register with its history. */
public enum RiskStatus implements Labelled {
    OPEN,
    CLOSED;

    @Override
    public String labelKey() {
        return "risk.status." + name();
    }
}
