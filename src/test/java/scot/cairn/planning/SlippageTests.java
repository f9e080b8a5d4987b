package scot.cairn.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SlippageTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final LocalDate BASELINE = LocalDate.of(2027, 3, 1);

    @Test
    void aTaskMovedLaterSlipsByTheDaysBetween() {
        assertThat(Slippage.task(BASELINE, LocalDate.of(2027, 3, 15), false, null, TODAY))
                .isEqualTo(14);
    }

    @Test
    void aTaskBroughtForwardIsAheadAndOneOnItsDateIsNotSlipping() {
        assertThat(Slippage.task(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 3, 29), false, null, TODAY))
                .isEqualTo(-3);
        assertThat(Slippage.task(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1), false, null, TODAY))
                .isZero();
    }

    @Test
    void anOpenTaskPastItsDateSlipsUntilTodayEvenWhenItsDateWasNotMoved() {
        assertThat(Slippage.task(BASELINE, BASELINE, false, null, TODAY)).isEqualTo(9);
        assertThat(Slippage.task(BASELINE, LocalDate.of(2027, 3, 5), false, null, TODAY))
                .isEqualTo(9);
    }

    @Test
    void aDoneTaskCountsItsDueDateHoweverLongAgo() {
        assertThat(Slippage.task(BASELINE, LocalDate.of(2027, 3, 4), true, null, TODAY))
                .isEqualTo(3);
        assertThat(Slippage.task(BASELINE, LocalDate.of(2027, 2, 26), true, null, TODAY))
                .isEqualTo(-3);
    }

    @Test
    void aTaskReportedDoneLateCountsTheDayItWasDone() {
        assertThat(Slippage.task(BASELINE, BASELINE, true, LocalDate.of(2027, 3, 8), TODAY))
                .isEqualTo(7);
        assertThat(Slippage.task(BASELINE, LocalDate.of(2027, 3, 5), true, LocalDate.of(2027, 2, 27), TODAY))
                .isEqualTo(-2);
    }

    @Test
    void aMilestoneReachedCountsTheDayItWasReached() {
        assertThat(Slippage.milestone(BASELINE, BASELINE, LocalDate.of(2027, 3, 3), TODAY))
                .isEqualTo(2);
        assertThat(Slippage.milestone(BASELINE, BASELINE, LocalDate.of(2027, 2, 27), TODAY))
                .isEqualTo(-2);
    }

    @Test
    void anUnreachedMilestoneCountsItsDateOrTodayOnceThatHasPassed() {
        assertThat(Slippage.milestone(BASELINE, LocalDate.of(2027, 4, 1), null, TODAY))
                .isEqualTo(31);
        assertThat(Slippage.milestone(BASELINE, BASELINE, null, TODAY)).isEqualTo(9);
    }

    @Test
    void slippageCrossesTheYearEnd() {
        assertThat(Slippage.task(
                        LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2), false, null, TODAY.minusYears(1)))
                .isEqualTo(3);
    }
}
