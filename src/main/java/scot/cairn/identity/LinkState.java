package scot.cairn.identity;

/** Whether a link sent by email (a password reset, an invitation) can be used, and if not, why. */
public enum LinkState {
    OPEN,
    EXPIRED,
    USED,
    UNKNOWN;

    /** The bundle key of what a page says about a link in this state that cannot be used. */
    public String refusalKey() {
        return "identity.link." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
