package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** How strongly the evidence answers one assessment question. */
public enum Rating implements Labelled {
    NOT_RATED,
    STRONG,
    ADEQUATE,
    WEAK;

    @Override
    public String labelKey() {
        return "partnership.rating." + name();
    }
}
