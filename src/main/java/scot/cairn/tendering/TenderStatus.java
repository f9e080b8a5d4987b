package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/**
 * Where a tender stands: a draft its writers change, waiting for the board to approve its publication (fixed while it
 * waits), or published to bidders (fixed for good).
 */
public enum TenderStatus implements Labelled {
    DRAFT,
    AWAITING_BOARD,
    PUBLISHED;

    @Override
    public String labelKey() {
        return "tendering.tenderStatus." + name();
    }
}
