package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cairn.outcome.Direction.HIGHER_IS_BETTER;
import static scot.cairn.outcome.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;
import scot.cairn.platform.Message;

class RagRuleTests {

    private static Rag higher(String actual, String target) {
        return RagRule.of(num(actual), num(target), HIGHER_IS_BETTER);
    }

    private static Rag lower(String actual, String target) {
        return RagRule.of(num(actual), num(target), LOWER_IS_BETTER);
    }

    private static BigDecimal num(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Test
    void higherIsBetterMeetsTheTargetAtOrAboveIt() {
        assertThat(higher("45", "45")).isEqualTo(Rag.GREEN);
        assertThat(higher("50", "45")).isEqualTo(Rag.GREEN);
        assertThat(higher("40.5", "45")).isEqualTo(Rag.AMBER); // exactly 10% short
        assertThat(higher("44.9999", "45")).isEqualTo(Rag.AMBER);
        assertThat(higher("40.4999", "45")).isEqualTo(Rag.RED);
        assertThat(higher("0", "45")).isEqualTo(Rag.RED);
    }

    @Test
    void lowerIsBetterMeetsTheTargetAtOrBelowIt() {
        assertThat(lower("5", "5")).isEqualTo(Rag.GREEN);
        assertThat(lower("3", "5")).isEqualTo(Rag.GREEN);
        assertThat(lower("5.5", "5")).isEqualTo(Rag.AMBER); // exactly 10% over
        assertThat(lower("5.5001", "5")).isEqualTo(Rag.RED);
        assertThat(lower("9", "5")).isEqualTo(Rag.RED);
    }

    @Test
    void aZeroTargetLeavesNoRoomForAmber() {
        assertThat(lower("0", "0")).isEqualTo(Rag.GREEN);
        assertThat(lower("0.0001", "0")).isEqualTo(Rag.RED);
    }

    @Test
    void aNegativeTargetUsesItsSizeForTheTolerance() {
        assertThat(higher("-11", "-10")).isEqualTo(Rag.AMBER);
        assertThat(higher("-11.5", "-10")).isEqualTo(Rag.RED);
    }

    @Test
    void missingTargetOrValueIsSaidInWords() {
        assertThat(higher(null, "45")).isEqualTo(Rag.NO_DATA);
        assertThat(higher("45", null)).isEqualTo(Rag.NO_TARGET);
        assertThat(higher(null, null)).isEqualTo(Rag.NO_TARGET);
        assertThat(English.of(Message.of(Rag.NO_DATA.labelKey()))).isEqualTo("No data");
        assertThat(English.of(Message.of(Rag.AMBER.meaningKey()))).isEqualTo("close to target");
        assertThat(Rag.AMBER.css()).contains("govuk-tag");
    }

    @Test
    void overallIsTheLatestPeriodWithAValue() {
        var points = List.of(
                new RagRule.Point(Period.ofQuarter(2026, 3), null),
                new RagRule.Point(Period.ofQuarter(2026, 2), num("30")),
                new RagRule.Point(Period.ofQuarter(2026, 1), num("50")));
        assertThat(RagRule.overall(points, num("45"), HIGHER_IS_BETTER)).isEqualTo(Rag.RED);
        assertThat(RagRule.overall(List.of(), num("45"), HIGHER_IS_BETTER)).isEqualTo(Rag.NO_DATA);
        assertThat(RagRule.overall(points, null, HIGHER_IS_BETTER)).isEqualTo(Rag.NO_TARGET);
    }

    @Test
    void anOutcomeIsAchievedWhenEveryJudgedIndicatorIsGreen() {
        assertThat(RagRule.achieved(List.of(Rag.GREEN, Rag.NO_DATA, Rag.NO_TARGET)))
                .isTrue();
        assertThat(RagRule.achieved(List.of(Rag.GREEN, Rag.AMBER))).isFalse();
        assertThat(RagRule.achieved(List.of(Rag.NO_DATA, Rag.NO_TARGET))).isFalse();
        assertThat(RagRule.achieved(List.of())).isFalse();
    }
}
