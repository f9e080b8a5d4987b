package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** How an organisation takes part: core partners sign the MoU; others are consulted or kept informed. */
public enum Standing implements Labelled {
    CORE,
    CONSULTED,
    INFORMED;

    @Override
    public String labelKey() {
        return "partnership.standing." + name();
    }
}
