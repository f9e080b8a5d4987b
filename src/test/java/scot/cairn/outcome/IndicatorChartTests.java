package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorChartTests {

    private static final Period Q1 = Period.ofQuarter(2026, 1);

    private static IndicatorChart.Value value(Period p, String actual, String target) {
        return new IndicatorChart.Value(
                p, actual == null ? null : new BigDecimal(actual), target == null ? null : new BigDecimal(target));
    }

    @Test
    void stepsAreRoundNumbers() {
        assertThat(IndicatorChart.step(new BigDecimal("45"))).isEqualByComparingTo("10");
        assertThat(IndicatorChart.step(new BigDecimal("100"))).isEqualByComparingTo("20");
        assertThat(IndicatorChart.step(new BigDecimal("7"))).isEqualByComparingTo("2");
        assertThat(IndicatorChart.step(new BigDecimal("0.3"))).isEqualByComparingTo("0.1");
        assertThat(IndicatorChart.step(new BigDecimal("2400"))).isEqualByComparingTo("500");
        assertThat(IndicatorChart.step(BigDecimal.ZERO)).isEqualByComparingTo("1");
    }

    @Test
    void theYAxisRunsFromZeroToARoundNumberAboveTheLargestValue() {
        var chart = IndicatorChart.of(List.of(value(Q1, "39", "45"), value(Q1.next(), "44", "45")));

        assertThat(chart.yMin()).isEqualByComparingTo("0");
        assertThat(chart.yMax()).isEqualByComparingTo("50");
        assertThat(chart.ticks())
                .extracting(IndicatorChart.Tick::label)
                .containsExactly("0", "10", "20", "30", "40", "50");
        // 0 at the bottom of the plot (16 + 248 = 264), 50 at its top (16)
        assertThat(chart.ticks().get(0).y()).isEqualTo("264.0");
        assertThat(chart.ticks().get(5).y()).isEqualTo("16.0");
        // 45 is 9/10 of the way up: 264 - 0.9 x 248
        assertThat(chart.points().get(0).targetY()).isEqualTo("40.8");
        assertThat(chart.points().get(0).squareY()).isEqualTo("36.8");
    }

    @Test
    void periodsShareTheWidthInEqualBands() {
        var chart = IndicatorChart.of(List.of(value(Q1, "1", null), value(Q1.next(), "2", null)));
        // plot from 72 to 624, so bands of 276 with centres at 210 and 486
        assertThat(chart.points()).extracting(IndicatorChart.Point::x).containsExactly("210.0", "486.0");
        assertThat(chart.points()).extracting(IndicatorChart.Point::period).containsExactly("2026-Q1", "2026-Q2");
        assertThat(chart.targetLine()).isNull();
        assertThat(chart.actualLine()).startsWith("210.0,").contains(" 486.0,");
    }

    @Test
    void gapsAreLeftOutOfTheLineAndNegativeValuesLowerTheAxis() {
        var chart = IndicatorChart.of(List.of(
                value(Q1, "-3", "0"),
                value(Q1.next(), null, "0"),
                value(Q1.next().next(), "7", "0")));
        assertThat(chart.yMin()).isEqualByComparingTo("-4");
        assertThat(chart.yMax()).isEqualByComparingTo("8");
        assertThat(chart.points().get(1).actualY()).isNull();
        assertThat(chart.actualLine().split(" ")).hasSize(2);
        assertThat(chart.targetLine().split(" ")).hasSize(3);
    }

    @Test
    void nothingToDrawGivesNoChart() {
        assertThat(IndicatorChart.of(List.of())).isNull();
        assertThat(IndicatorChart.of(List.of(value(Q1, null, null)))).isNull();
        var flat = IndicatorChart.of(List.of(value(Q1, "0", "0")));
        assertThat(flat.yMax()).isEqualByComparingTo("1");
    }
}
