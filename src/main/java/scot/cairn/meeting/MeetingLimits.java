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

    /** Decisions minuted at one meeting. */
    static final Limit DECISIONS = new Limit(100, "meeting.limit.decisions");

    /** Papers under one meeting's agenda. */
    static final Limit PAPERS = new Limit(100, "meeting.limit.papers");

    /** The largest paper, in bytes (20 MB). */
    static final int PAPER_MEGABYTES = 20;

    /** All of one meeting's papers together, in bytes (100 MB). */
    static final long PACK_BYTES = 100L * 1024 * 1024;

    private MeetingLimits() {}
}
