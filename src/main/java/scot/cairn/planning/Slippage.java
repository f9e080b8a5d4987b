package scot.cairn.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far the plan has moved from its approved baseline, in days: positive when later than approved, negative when
 * earlier, zero when on the baseline's date. What is measured is the forecast finish: a task's due date, or today while
 * it is still open past that date (it cannot finish earlier than today); a milestone's day of reaching, or its date, or
 * today while it is unreached past that date. A done task finished on the day it was reported done, or on its due date
 * when that day is not known ({@code doneOn} null).
 */
final class Slippage {

    private Slippage() {}

    static long task(LocalDate baselineDue, LocalDate due, boolean done, LocalDate doneOn, LocalDate today) {
        var finish = done ? (doneOn != null ? doneOn : due) : atLeast(due, today);
        return ChronoUnit.DAYS.between(baselineDue, finish);
    }

    static long milestone(LocalDate baselineDue, LocalDate due, LocalDate reachedOn, LocalDate today) {
        return ChronoUnit.DAYS.between(baselineDue, reachedOn != null ? reachedOn : atLeast(due, today));
    }

    private static LocalDate atLeast(LocalDate day, LocalDate today) {
        return day.isBefore(today) ? today : day;
    }
}
