package scot.cairn.meeting;

import scot.cairn.platform.InvalidInputException;

/** The rules a meeting's details, a guest and an agenda item keep, field by field, all reported at once. */
final class MeetingInput {

    static final int SHORT = 200;
    static final int PLACE = 500;
    static final int NOTES = 1000;
    static final int EMAIL = 320;

    private MeetingInput() {}

    static void check(MeetingDetails d, boolean scheduling) {
        var repeat = d.repeat() == null ? Repeat.ONCE : d.repeat();
        new InvalidInputException.Collector()
                .rejectIf(scheduling && d.groupId() == null, "groupId", "meeting.edit.groupMissing")
                .rejectIf(blank(d.title()), "title", "meeting.edit.titleMissing")
                .rejectIf(tooLong(d.title(), SHORT), "title", "meeting.edit.titleTooLong", SHORT)
                .rejectIf(d.date() == null, "date", "meeting.edit.dateMissing")
                .rejectIf(d.starts() == null, "starts", "meeting.edit.startsMissing")
                .rejectIf(d.ends() == null, "ends", "meeting.edit.endsMissing")
                .rejectIf(
                        d.starts() != null && d.ends() != null && !d.ends().isAfter(d.starts()),
                        "ends",
                        "meeting.edit.endsBeforeStarts")
                .rejectIf(blank(d.place()) && blank(d.onlineLink()), "place", "meeting.edit.placeMissing")
                .rejectIf(tooLong(d.place(), PLACE), "place", "meeting.edit.placeTooLong", PLACE)
                .rejectIf(
                        !blank(d.onlineLink()) && !d.onlineLink().strip().matches("(?i)https?://\\S+"),
                        "onlineLink",
                        "meeting.edit.linkInvalid")
                .rejectIf(tooLong(d.onlineLink(), PLACE), "onlineLink", "meeting.edit.linkTooLong", PLACE)
                .rejectIf(tooLong(d.accessNotes(), NOTES), "accessNotes", "meeting.edit.notesTooLong", NOTES)
                .rejectIf(
                        scheduling
                                && repeat != Repeat.ONCE
                                && (d.count() == null || d.count() < 2 || d.count() > MeetingLimits.SERIES.max()),
                        "count",
                        "meeting.edit.countRange",
                        MeetingLimits.SERIES.max())
                .throwIfAny();
    }

    static void check(GuestDetails g) {
        new InvalidInputException.Collector()
                .rejectIf(blank(g.name()), "name", "meeting.guest.nameMissing")
                .rejectIf(tooLong(g.name(), SHORT), "name", "meeting.guest.nameTooLong", SHORT)
                .rejectIf(
                        !blank(g.email()) && !g.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "email",
                        "meeting.guest.emailInvalid")
                .rejectIf(tooLong(g.email(), EMAIL), "email", "meeting.guest.emailInvalid")
                .rejectIf(tooLong(g.capacity(), SHORT), "capacity", "meeting.guest.capacityTooLong", SHORT)
                .throwIfAny();
    }

    static void check(ItemDetails i) {
        new InvalidInputException.Collector()
                .rejectIf(blank(i.title()), "title", "meeting.agenda.titleMissing")
                .rejectIf(tooLong(i.title(), SHORT), "title", "meeting.edit.titleTooLong", SHORT)
                .rejectIf(tooLong(i.presenter(), SHORT), "presenter", "meeting.agenda.presenterTooLong", SHORT)
                .rejectIf(
                        i.minutes() != null && (i.minutes() < 1 || i.minutes() > 480),
                        "minutes",
                        "meeting.agenda.minutesRange")
                .throwIfAny();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }
}
