package scot.cairn.engagement;

import scot.cairn.platform.Labelled;

/** How the partnership dealt with information some providers had and others did not. */
public enum ParityOutcome implements Labelled {
    /** Given to the others too (published to all, say). */
    REMEDIED,
    /** Left as it was, for a reason recorded with it. */
    JUSTIFIED;

    @Override
    public String labelKey() {
        return "engagement.parity.outcome." + name();
    }
}
