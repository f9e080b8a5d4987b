package scot.cairn.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a meeting's papers are due: by the end of the day {@code days} working days (Monday to Friday; bank holidays
 * are not known to Cairn and count as working days) before the meeting's day, in Scotland's time. A paper added later
 * is late; it is still taken, and flagged in the pack and the minutes.
 */
final class PaperDeadline {

    /** Working days before a meeting when a group has not chosen. */
    static final int STANDARD_DAYS = 5;

    private PaperDeadline() {}

    /** The last day papers for a meeting on {@code meetingDay} are on time. */
    static LocalDate dueBy(LocalDate meetingDay, int days) {
        var day = meetingDay;
        int left = days;
        while (left > 0) {
            day = day.minusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return days == 0 ? meetingDay : day;
    }

    /** Whether a paper added at {@code added} for a meeting starting at {@code starts} is late. */
    static boolean late(Instant added, Instant starts, int days) {
        var due = dueBy(starts.atZone(Series.SCOTLAND).toLocalDate(), days);
        return added.atZone(Series.SCOTLAND).toLocalDate().isAfter(due);
    }
}
