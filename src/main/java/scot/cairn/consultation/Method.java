package scot.cairn.consultation;

import scot.cairn.platform.Labelled;

/** How people are consulted; a consultation may use several. */
public enum Method implements Labelled {
    ONLINE,
    WORKSHOP,
    INTERVIEWS,
    PAPER;

    @Override
    public String labelKey() {
        return "consultation.method." + name();
    }
}
