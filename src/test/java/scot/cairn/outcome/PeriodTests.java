package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTests {

    @Test
    void readsAndWritesQuartersAndMonths() {
        assertThat(Period.parse("2026-Q3")).contains(Period.ofQuarter(2026, 3));
        assertThat(Period.parse(" 2026q1 ")).contains(Period.ofQuarter(2026, 1));
        assertThat(Period.parse("2026-07")).contains(Period.ofMonth(2026, 7));
        assertThat(Period.parse("2026-7")).contains(Period.ofMonth(2026, 7));
        assertThat(Period.ofQuarter(2026, 3)).hasToString("2026-Q3");
        assertThat(Period.ofMonth(2026, 7)).hasToString("2026-07");
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        assertThat(Period.parse("2026-Q5")).isEmpty();
        assertThat(Period.parse("2026-13")).isEmpty();
        assertThat(Period.parse("2026-00")).isEmpty();
        assertThat(Period.parse("Q3 2026")).isEmpty();
        assertThat(Period.parse("")).isEmpty();
        assertThat(Period.parse(null)).isEmpty();
        assertThat(Period.parse("0999-Q1")).isEmpty();
        assertThatThrownBy(() -> new Period(2026, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsItsDatesAndNeighbours() {
        var q = Period.ofQuarter(2026, 4);
        assertThat(q.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.next()).isEqualTo(Period.ofQuarter(2027, 1));
        assertThat(Period.ofQuarter(2027, 1).previous()).isEqualTo(q);
        assertThat(Period.ofMonth(2028, 2).end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Period.ofMonth(2026, 1).previous()).isEqualTo(Period.ofMonth(2025, 12));
        assertThat(Period.quarterOf(LocalDate.of(2026, 9, 30))).isEqualTo(Period.ofQuarter(2026, 3));
        assertThat(Period.ofMonth(2026, 7).frequency()).isEqualTo(Frequency.MONTHLY);
    }

    @Test
    void overlapsCountsAnySharedDay() {
        var q = Period.ofQuarter(2026, 3);
        assertThat(q.overlaps(LocalDate.of(2026, 9, 30), LocalDate.of(2027, 1, 1)))
                .isTrue();
        assertThat(q.overlaps(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)))
                .isFalse();
        assertThat(q.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)))
                .isFalse();
        assertThat(q.compareTo(Period.ofMonth(2026, 7))).isZero();
    }
}
