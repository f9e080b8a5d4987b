package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** How a partnership ended. Stopping before tender is a normal ending, recorded with its reason. */
public enum ClosureRoute implements Labelled {
    AWARDED,
    MAINSTREAM_FUNDED,
    OTHER_FUNDING,
    STOPPED;

    @Override
    public String labelKey() {
        return "partnership.closureRoute." + name();
    }
}
