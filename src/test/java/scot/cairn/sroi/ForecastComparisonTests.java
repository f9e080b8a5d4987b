package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecastComparisonTests {

    static ImpactRow row(String outcome, String quantity) {
        return new ImpactRow(
                "Carers",
                outcome,
                "Survey",
                new BigDecimal(quantity),
                1,
                new BigDecimal("100"),
                "",
                "HACT",
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    static SroiResult calculate(List<ImpactRow> rows, String investment) {
        var settings = Settings.guide().withDiscountRate(BigDecimal.ZERO);
        return new SroiCalculator()
                .calculate(
                        rows,
                        List.of(new Investment("Council", "", new BigDecimal(investment), BigDecimal.ZERO)),
                        settings);
    }

    @Test
    void outcomesAndQuantitiesAreSetSideBySideWithDifferences() {
        var forecast = calculate(List.of(row("Wellbeing", "10"), row("Confidence", "4")), "500");
        var actual = calculate(List.of(row("Wellbeing", "8"), row("Skills", "2")), "500");

        var comparison = ForecastComparison.of(forecast, actual);

        // Rate 0: value = quantity x 100. Forecast 1,400 / 500 = 2.8; actual 1,000 / 500 = 2.
        assertThat(comparison.forecastRatio())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("2.8"));
        assertThat(comparison.actualRatio())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("2"));
        assertThat(comparison.ratioDifference())
                .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-0.8"));
        assertThat(comparison.outcomes())
                .extracting(ForecastComparison.Line::label)
                .containsExactly("Wellbeing", "Confidence", "Skills");
        var wellbeing = comparison.outcomes().get(0);
        assertThat(wellbeing.difference()).isEqualByComparingTo("-200");
        assertThat(wellbeing.percentOfForecast())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("80"));
        var confidence = comparison.outcomes().get(1);
        assertThat(confidence.actual()).isEmpty();
        assertThat(confidence.difference()).isEqualByComparingTo("-400");
        var skills = comparison.outcomes().get(2);
        assertThat(skills.forecast()).isEmpty();
        assertThat(skills.percentOfForecast()).isEmpty();
        assertThat(comparison.quantities().get(0).label()).isEqualTo("Carers: Wellbeing (Survey)");
        assertThat(comparison.quantities().get(0).difference()).isEqualByComparingTo("-2");
    }

    @Test
    void withoutInvestmentThereIsNoRatioToCompare() {
        var forecast = calculate(List.of(row("Wellbeing", "10")), "0");
        var actual = calculate(List.of(row("Wellbeing", "10")), "100");

        var comparison = ForecastComparison.of(forecast, actual);

        assertThat(comparison.forecastRatio()).isEqualTo(Optional.empty());
        assertThat(comparison.ratioDifference()).isEmpty();
        assertThat(comparison.outcomes().get(0).difference()).isEqualByComparingTo("0");
    }
}
