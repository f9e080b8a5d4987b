package scot.cairn.sroi;

import scot.cairn.platform.Labelled;

/** A draft review may change; once signed off by the board it is a record and locked. */
public enum ReviewStatus implements Labelled {
    DRAFT,
    SIGNED_OFF;

    @Override
    public String labelKey() {
        return "sroi.reviewStatus." + name();
    }
}
