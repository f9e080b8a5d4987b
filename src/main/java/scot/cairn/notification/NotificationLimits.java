package scot.cairn.notification;

/** The stated limits of notifications. */
final class NotificationLimits {

    /** A person's inbox keeps their latest 500 notifications; older ones are removed as new ones arrive. */
    static final int INBOX = 500;

    /** Notifications on one page of the inbox (and at most in one API answer). */
    static final int PAGE = 25;

    /** A daily digest lists at most this many notifications; it says how many more are in the inbox. */
    static final int DIGEST = 50;

    private NotificationLimits() {}
}
