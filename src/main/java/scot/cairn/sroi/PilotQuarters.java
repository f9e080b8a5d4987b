package scot.cairn.sroi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import scot.cairn.outcome.Period;
import scot.cairn.platform.Message;

/**
 * The calendar quarters of a pilot, in plain Java. A pilot quarter starts on or after the pilot's start (the actual
 * start when recorded, else the planned one) and ends on or before its end (the actual end when recorded; a pilot
 * that has not ended runs to today for completed quarters, to its planned end for the list). A quarter is completed
 * when it has ended on or before today. An evaluative analysis fits a quarter when its period ends in that quarter or
 * covers all of it.
 */
public final class PilotQuarters {

    /** Guards against absurd dates: no pilot lists more than 25 years of quarters. */
    static final int MAX = 100;

    private PilotQuarters() {}

    /** Completed quarters of a pilot starting {@code start} (null: none), ended {@code actualEnd} (null: running). */
    public static List<Period> completed(LocalDate start, LocalDate actualEnd, LocalDate today) {
        if (start == null) {
            return List.of();
        }
        var last = actualEnd == null || today.isBefore(actualEnd) ? today : actualEnd;
        return between(start, last);
    }

    /** Every whole quarter from {@code start} up to {@code end}. */
    public static List<Period> between(LocalDate start, LocalDate end) {
        var quarters = new ArrayList<Period>();
        if (start == null || end == null) {
            return quarters;
        }
        var q = Period.quarterOf(start);
        if (q.start().isBefore(start)) {
            q = q.next();
        }
        while (!q.end().isAfter(end) && quarters.size() < MAX) {
            quarters.add(q);
            q = q.next();
        }
        return quarters;
    }

    /** True when the period ends in the quarter or covers the whole of it. */
    public static boolean fits(LocalDate periodFrom, LocalDate periodTo, Period quarter) {
        boolean endsIn = !periodTo.isBefore(quarter.start()) && !periodTo.isAfter(quarter.end());
        boolean covers = !periodFrom.isAfter(quarter.start()) && !periodTo.isBefore(quarter.end());
        return endsIn || covers;
    }

    /** The quarters written out, at most {@code shown} of them and then "and N more". */
    public static Message list(List<Period> quarters, int shown) {
        var words = quarters.stream().limit(shown).map(Period::toString).toList();
        String text = String.join(", ", words);
        return quarters.size() > shown
                ? Message.of("sroi.gate.andMore", text, quarters.size() - shown)
                : Message.of("sroi.gate.quarters", text);
    }
}
