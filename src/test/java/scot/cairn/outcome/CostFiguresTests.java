package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostFiguresTests {

    @Test
    void costPerParticipantKeepsPrecisionAndRoundsOnlyForDisplay() {
        var cost = CostFigures.perParticipant(new BigDecimal("186000"), 42);
        assertThat(cost.computed()).isTrue();
        assertThat(cost.value()).isEqualByComparingTo("4428.5714285714");
        assertThat(cost.display()).isEqualTo("£4,428.57");
        assertThat(cost.cannot()).isNull();
        assertThat(CostFigures.perParticipant(new BigDecimal("100"), 3).display())
                .isEqualTo("£33.33");
        assertThat(CostFigures.perParticipant(new BigDecimal("0.05"), 2).display())
                .isEqualTo("£0.03");
    }

    @Test
    void costPerOutcomeDividesByOutcomesAchieved() {
        assertThat(CostFigures.perOutcome(new BigDecimal("186000"), 2).display())
                .isEqualTo("£93,000.00");
    }

    @Test
    void missingOrZeroInputsSayWhyNothingIsComputed() {
        assertThat(CostFigures.perParticipant(null, 10).cannot())
                .isEqualTo("Cannot compute: the pilot budget is not recorded.");
        assertThat(CostFigures.perParticipant(BigDecimal.TEN, null).cannot())
                .isEqualTo("Cannot compute: the number of participants is not recorded.");
        var zero = CostFigures.perParticipant(BigDecimal.TEN, 0);
        assertThat(zero.computed()).isFalse();
        assertThat(zero.display()).isNull();
        assertThat(zero.cannot()).isEqualTo("Cannot compute: the number of participants is zero.");
        assertThat(CostFigures.perOutcome(BigDecimal.TEN, 0).cannot())
                .isEqualTo("Cannot compute: no outcome is achieved yet on approved measurements.");
        assertThat(CostFigures.perOutcome(null, 3).computed()).isFalse();
    }
}
