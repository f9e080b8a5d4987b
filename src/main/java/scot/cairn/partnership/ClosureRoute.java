package scot.cairn.partnership;

/** How a partnership ended. Stopping before tender is a normal ending, recorded with its reason. */
public enum ClosureRoute {
    AWARDED("Contract awarded"),
    MAINSTREAM_FUNDED("Mainstream funded"),
    OTHER_FUNDING("Other funding"),
    STOPPED("Stopped");

    private final String label;

    ClosureRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
