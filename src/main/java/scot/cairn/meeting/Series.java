package scot.cairn.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The days and times of a series of meetings, in Scotland's time: the first, then every week, fortnight, four weeks,
 * month or quarter at the same time of day, however the clocks change in between. A monthly or quarterly meeting keeps
 * its day of the month, or the month's last day when the month is shorter (31 January, 28 February, 31 March).
 */
final class Series {

    static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    private Series() {}

    /** The starts of {@code count} meetings from {@code first}; one for {@link Repeat#ONCE} whatever the count. */
    static List<ZonedDateTime> starts(LocalDateTime first, Repeat repeat, int count) {
        var starts = new ArrayList<ZonedDateTime>();
        int n = repeat == Repeat.ONCE ? 1 : count;
        for (int i = 0; i < n; i++) {
            starts.add(next(first, repeat, i).atZone(SCOTLAND));
        }
        return starts;
    }

    private static LocalDateTime next(LocalDateTime first, Repeat repeat, int i) {
        return switch (repeat) {
            case ONCE -> first;
            case WEEKLY -> first.plusWeeks(i);
            case FORTNIGHTLY -> first.plusWeeks(2L * i);
            case FOUR_WEEKLY -> first.plusWeeks(4L * i);
            // From the first each time, so that 31 January, 28 February, 31 March keeps the 31st where it can.
            case MONTHLY -> first.plusMonths(i);
            case QUARTERLY -> first.plusMonths(3L * i);
        };
    }
}
