package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.outcome.Period;
import scot.cairn.platform.English;

class PilotQuartersTests {

    static Period q(int year, int quarter) {
        return Period.ofQuarter(year, quarter);
    }

    @Test
    void completedQuartersStartOnOrAfterThePilotStartAndEndByToday() {
        var quarters = PilotQuarters.completed(LocalDate.of(2025, 2, 10), null, LocalDate.of(2025, 12, 30));

        // 2025-Q1 started before the pilot; 2025-Q4 has not ended on 30 December.
        assertThat(quarters).containsExactly(q(2025, 2), q(2025, 3));
    }

    @Test
    void aQuarterEndingTodayIsCompletedAndOneStartingOnThePilotStartCounts() {
        assertThat(PilotQuarters.completed(LocalDate.of(2025, 1, 1), null, LocalDate.of(2025, 6, 30)))
                .containsExactly(q(2025, 1), q(2025, 2));
    }

    @Test
    void anEndedPilotStopsAtItsActualEnd() {
        assertThat(PilotQuarters.completed(
                        LocalDate.of(2010, 7, 1), LocalDate.of(2011, 3, 31), LocalDate.of(2026, 11, 23)))
                .containsExactly(q(2010, 3), q(2010, 4), q(2011, 1));
    }

    @Test
    void withoutAStartThereAreNoQuartersAndNothingBeforeTheFirstWholeQuarter() {
        assertThat(PilotQuarters.completed(null, null, LocalDate.of(2026, 1, 1)))
                .isEmpty();
        assertThat(PilotQuarters.completed(LocalDate.of(2026, 1, 2), null, LocalDate.of(2026, 3, 31)))
                .isEmpty();
    }

    @Test
    void anEvaluationFitsTheQuarterItEndsInOrOneItCovers() {
        var from = LocalDate.of(2025, 1, 1);
        var to = LocalDate.of(2025, 11, 30);

        assertThat(PilotQuarters.fits(from, to, q(2025, 4))).as("ends in Q4").isTrue();
        assertThat(PilotQuarters.fits(from, to, q(2025, 2))).as("covers Q2").isTrue();
        assertThat(PilotQuarters.fits(from, to, q(2026, 1))).as("after it").isFalse();
        assertThat(PilotQuarters.fits(LocalDate.of(2025, 5, 1), to, q(2025, 2)))
                .as("covers only part of Q2")
                .isFalse();
    }

    @Test
    void longListsAreShortened() {
        assertThat(English.of(PilotQuarters.list(List.of(q(2025, 1), q(2025, 2), q(2025, 3)), 2)))
                .isEqualTo("2025-Q1, 2025-Q2 and 1 more");
        assertThat(English.of(PilotQuarters.list(List.of(q(2025, 1)), 2))).isEqualTo("2025-Q1");
    }
}
