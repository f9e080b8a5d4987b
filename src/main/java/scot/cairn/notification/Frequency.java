package scot.cairn.notification;

import scot.cairn.platform.Labelled;

/** How often a person is emailed about one kind of notification; every notification is in their inbox regardless. */
public enum Frequency implements Labelled {
    /** An email for each one, as it happens. */
    AT_ONCE,
    /** One email a day listing them all. */
    DAILY,
    /** No email: the inbox only. */
    NEVER;

    @Override
    public String labelKey() {
        return "notification.frequency." + name();
    }
}
