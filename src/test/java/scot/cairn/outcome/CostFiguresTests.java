package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.outcome.CostFigures.PeopleCount;
import scot.cairn.platform.English;

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
    void costPerPersonReachedDividesByThePeopleTheIndicatorsCountAndSaysHow() {
        var one = CostFigures.perPersonReached(
                new BigDecimal("186000"), List.of(new PeopleCount("Carers retained", new BigDecimal("54"), "2026-Q3")));
        assertThat(one.display()).isEqualTo("£3,444.44");
        assertThat(English.of(one.how()))
                .isEqualTo("The pilot budget divided by 54 people reached, the latest approved count of the"
                        + " indicator that counts people (Carers retained: 54 in 2026-Q3).");
        var two = CostFigures.perPersonReached(
                new BigDecimal("1000"),
                List.of(
                        new PeopleCount("Carers retained", new BigDecimal("6"), "2026-Q3"),
                        new PeopleCount("Young people in work", new BigDecimal("4.0"), "2026-Q2")));
        assertThat(two.display()).isEqualTo("£100.00");
        assertThat(English.of(two.how()))
                .contains(
                        "10 people reached",
                        "Someone counted by two of them counts twice.",
                        "(Carers retained: 6 in 2026-Q3; Young people in work: 4 in 2026-Q2)");
    }

    @Test
    void missingOrZeroInputsSayWhyNothingIsComputed() {
        assertThat(English.of(CostFigures.perParticipant(null, 10).cannot()))
                .isEqualTo("Cannot compute: the pilot budget is not recorded.");
        assertThat(English.of(CostFigures.perParticipant(BigDecimal.TEN, null).cannot()))
                .isEqualTo("Cannot compute: the number of participants is not recorded.");
        var zero = CostFigures.perParticipant(BigDecimal.TEN, 0);
        assertThat(zero.computed()).isFalse();
        assertThat(zero.display()).isNull();
        assertThat(English.of(zero.cannot())).isEqualTo("Cannot compute: the number of participants is zero.");
        assertThat(English.of(
                        CostFigures.perPersonReached(BigDecimal.TEN, List.of()).cannot()))
                .startsWith("Cannot compute: no indicator that counts people has an approved value yet.");
        assertThat(English.of(CostFigures.perPersonReached(
                                BigDecimal.TEN, List.of(new PeopleCount("Carers", BigDecimal.ZERO, "2026-Q1")))
                        .cannot()))
                .isEqualTo("Cannot compute: the indicators that count people show nobody reached yet.");
        assertThat(CostFigures.perPersonReached(null, List.of()).computed()).isFalse();
    }
}
