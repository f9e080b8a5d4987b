package scot.cairn.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import scot.cairn.support.DemoUsers;

/** Schedules the meetings the meeting tests need, as Fiona, who arranges them. */
public record MeetingFixture(MeetingService meetings, DemoUsers users) {

    /** A board meeting on {@code date}, 10:00 to 12:00 in Falkirk. */
    public MeetingView board(long id, long board, LocalDate date) {
        return meetings.schedule(
                        id,
                        new MeetingDetails(
                                board,
                                "Board",
                                date,
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                "Falkirk",
                                null,
                                null,
                                null,
                                null,
                                Repeat.ONCE,
                                null),
                        users.current(DemoUsers.FIONA))
                .get(0);
    }
}
