package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** Where a challenge to an award stands: open, which stops the contract being concluded, or resolved. */
public enum ChallengeStatus implements Labelled {
    OPEN,
    RESOLVED;

    @Override
    public String labelKey() {
        return "tendering.challengeStatus." + name();
    }
}
