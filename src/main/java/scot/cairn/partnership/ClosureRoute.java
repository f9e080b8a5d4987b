package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** How a partnership ended. Stopping before tender is a normal ending, recorded with its reason. */
public enum ClosureRoute implements Labelled {
    AWARDED("Contract awarded"),
    MAINSTREAM_FUNDED("Mainstream funded"),
    OTHER_FUNDING("Other funding"),
    STOPPED("Stopped");

    private final String label;

    ClosureRoute(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "partnership.closureRoute." + name();
    }

    public String label() {
        return label;
    }
}
