package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** Where an award recommendation stands: waiting for the board, approved, or withdrawn before approval. */
public enum AwardStatus implements Labelled {
    PROPOSED,
    APPROVED,
    WITHDRAWN;

    @Override
    public String labelKey() {
        return "tendering.awardStatus." + name();
    }
}
