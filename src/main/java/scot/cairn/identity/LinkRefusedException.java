package scot.cairn.identity;

/** A link sent by email cannot be used: it expired, was used already, or is not known (see {@link LinkState}). */
public class LinkRefusedException extends RuntimeException {

    private final transient LinkState state;

    LinkRefusedException(LinkState state) {
        super("The link cannot be used: " + state);
        this.state = state;
    }

    public LinkState state() {
        return state;
    }
}
