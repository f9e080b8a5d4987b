package scot.cairn.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PaperDeadlineTests {

    @Test
    void fiveWorkingDaysBeforeAThursdayIsTheThursdayBefore() {
        assertThat(PaperDeadline.dueBy(LocalDate.of(2026, 12, 10), 5)).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void weekendsAreSkipped() {
        // Monday 7 December: one working day before is Friday 4 December, three are Wednesday 2 December.
        assertThat(PaperDeadline.dueBy(LocalDate.of(2026, 12, 7), 1)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(PaperDeadline.dueBy(LocalDate.of(2026, 12, 7), 3)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void noDaysMeansTheMeetingsOwnDay() {
        assertThat(PaperDeadline.dueBy(LocalDate.of(2026, 12, 7), 0)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aPaperIsLateFromTheDayAfterTheDeadlineInScotlandsTime() {
        var starts = at(2026, 12, 10, 10, 0);
        assertThat(PaperDeadline.late(at(2026, 12, 3, 23, 59), starts, 5)).isFalse();
        assertThat(PaperDeadline.late(at(2026, 12, 4, 0, 1), starts, 5)).isTrue();
    }

    @Test
    void theDeadlineFollowsTheClocksInSummer() {
        // 23:30 on 3 June in Scotland is 22:30 UTC: still the deadline day, not the day after.
        var starts = at(2026, 6, 10, 10, 0);
        assertThat(PaperDeadline.late(at(2026, 6, 3, 23, 30), starts, 5)).isFalse();
        assertThat(PaperDeadline.late(at(2026, 6, 4, 0, 30), starts, 5)).isTrue();
    }

    private static java.time.Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(Series.SCOTLAND).toInstant();
    }
}
