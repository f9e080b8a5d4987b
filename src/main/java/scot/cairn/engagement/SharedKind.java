package scot.cairn.engagement;

import scot.cairn.platform.Labelled;

/**
 * What kind of information reached providers. Bulletins, answers to enquiries and the answers to a tender's
 * clarification questions enter the ledger by themselves;
 * papers, meetings and anything else are recorded by the team.
 */
public enum SharedKind implements Labelled {
    BULLETIN,
    ANSWER,
    CLARIFICATION,
    PAPER,
    MEETING,
    OTHER;

    /** Whether the team records it by hand (the others come from bulletins and enquiries). */
    public boolean recordedByHand() {
        return this == PAPER || this == MEETING || this == OTHER;
    }

    @Override
    public String labelKey() {
        return "engagement.shared.kind." + name();
    }
}
