package scot.cairn.meeting;

import scot.cairn.platform.Limit;

/** How much a partnership's meetings hold. */
final class MeetingLimits {

    static final Limit MEETINGS = new Limit(2_000, "meeting.limit.meetings");

    /** Meetings scheduled at once as a series. */
    static final Limit SERIES = new Limit(24, "meeting.limit.series");

    static final Limit INVITEES = new Limit(300, "meeting.limit.invitees");

    static final Limit AGENDA = new Limit(60, "meeting.limit.agenda");

    /** Actions agreed at one meeting. */
    static final Limit ACTIONS = new Limit(100, "meeting.limit.actions");

    private MeetingLimits() {}
}
