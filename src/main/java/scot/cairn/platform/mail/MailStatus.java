package scot.cairn.platform.mail;

import scot.cairn.platform.Labelled;

/** Where an email stands in the outbox. */
public enum MailStatus implements Labelled {
    /** Waiting to be sent, or to be tried again after a failure. */
    WAITING,
    /** Handed to the mail server. */
    SENT,
    /** Every try failed; it will not be tried again. */
    FAILED,
    /** Kept in the outbox only, because no mail server is configured (a demo or a laptop). */
    KEPT;

    @Override
    public String labelKey() {
        return "platform.mail.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
