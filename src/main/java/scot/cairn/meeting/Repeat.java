package scot.cairn.meeting;

import scot.cairn.platform.Labelled;

/** How often a series of meetings comes round. */
public enum Repeat implements Labelled {
    ONCE,
    WEEKLY,
    FORTNIGHTLY,
    FOUR_WEEKLY,
    MONTHLY,
    QUARTERLY;

    @Override
    public String labelKey() {
        return "meeting.repeat." + name();
    }
}
