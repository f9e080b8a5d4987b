package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static scot.cairn.sroi.Rows.cash;
import static scot.cairn.sroi.Rows.num;
import static scot.cairn.sroi.Rows.row;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The practitioner variants an analysis can choose instead of the Guide's settings, pinned to examples worked by
 * hand. Discount factors at 3.5%: 1.035, 1.071225, 1.108717875, 1.147523000625.
 */
class SettingVariantTests {

    private static final Offset<BigDecimal> EXACTLY = within(num("1e-20"));

    private final SroiCalculator calculator = new SroiCalculator();

    @Test
    void yearOneUndiscountedWhenTheSettingsSaySo() {
        // 1,000 a year for 3 years. Guide: 1,000 / 1.035 + 1,000 / 1.071225 + 1,000 / 1.108717875 = 2,801.6369809137
        // Year 1 not discounted: 1,000 + 1,000 / 1.035 + 1,000 / 1.071225 = 2,899.6942752456
        ImpactRow row = row().proxy("1000").years(3).build();

        SroiResult guide = calculator.calculate(List.of(row), List.of(cash("1000")), Settings.guide());
        SroiResult undiscounted = calculator.calculate(
                List.of(row), List.of(cash("1000")), Settings.guide().withDiscountFirstYear(false));

        assertThat(guide.presentValue()).isCloseTo(num("2801.636980913652176844357271682"), EXACTLY);
        assertThat(undiscounted.presentValue()).isCloseTo(num("2899.694275245630003033909776191"), EXACTLY);
        assertThat(undiscounted.valuesPerYear()).isEqualTo(guide.valuesPerYear());
    }

    @Test
    void discountRateOfZeroAddsTheYearsUp() {
        // 1,000 a year for 3 years at 0%: 1,000 + 1,000 + 1,000
        ImpactRow row = row().proxy("1000").years(3).build();

        SroiResult result = calculator.calculate(
                List.of(row), List.of(cash("1000")), Settings.guide().withDiscountRate(BigDecimal.ZERO));

        assertThat(result.presentValue()).isEqualByComparingTo("3000");
    }

    @Test
    void addedDeductionsSubtractTheSumAndNeverGoBelowZero() {
        // Multiplied: 10,000 x 0.7 x 0.8 x 0.9 = 5,040. Added: 10,000 x (1 - (0.3 + 0.2 + 0.1)) = 4,000.
        // Capped: 60% + 30% + 20% = 110%, so the share is 0, not -10%: impact 0, not -1,000.
        ImpactRow row = row().quantity("10")
                .proxy("1000")
                .deadweight("30")
                .displacement("20")
                .attribution("10")
                .build();
        ImpactRow tooMuch = row().quantity("10")
                .proxy("1000")
                .deadweight("60")
                .displacement("30")
                .attribution("20")
                .build();
        Settings added = Settings.guide().withDeductions(DeductionMethod.ADDED);

        SroiResult multipliedResult = calculator.calculate(List.of(row), List.of(cash("1")), Settings.guide());
        SroiResult addedResult = calculator.calculate(List.of(row, tooMuch), List.of(cash("1")), added);

        assertThat(multipliedResult.rows().get(0).impact()).isEqualByComparingTo("5040");
        assertThat(addedResult.rows().get(0).impact()).isEqualByComparingTo("4000");
        assertThat(addedResult.rows().get(1).impact()).isEqualByComparingTo("0");
        assertThat(addedResult.rows().get(1).presentValue()).isEqualByComparingTo("0");
        // PV = 4,000 / 1.035 = 3,864.7342995169
        assertThat(addedResult.presentValue()).isCloseTo(num("3864.734299516908212560386473429952"), EXACTLY);
    }

    @Test
    void straightLineDropOffLosesAFixedShareOfYearOneAndStopsAtZero() {
        // 30% straight line over 5 years: 1,000 x (1, 0.7, 0.4, 0.1, max(0, -0.2)) = 1,000, 700, 400, 100, 0
        // PV = 1,000 / 1.035 + 700 / 1.071225 + 400 / 1.108717875 + 100 / 1.147523000625 = 2,067.5623701728
        // Compounding for comparison: 1,000, 700, 490, 343, 240.1; PV = 2,562.6554323764
        ImpactRow row = row().proxy("1000").dropOff("30").years(5).build();
        Settings straight = Settings.guide().withDropOff(DropOffMethod.STRAIGHT_LINE);

        SroiResult straightResult = calculator.calculate(List.of(row), List.of(cash("1000")), straight);
        SroiResult compounding = calculator.calculate(List.of(row), List.of(cash("1000")), Settings.guide());

        assertThat(straightResult.valuesPerYear())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(num("1000"), num("700"), num("400"), num("100"), num("0"));
        assertThat(straightResult.presentValue()).isCloseTo(num("2067.562370172775202450857628534"), EXACTLY);
        assertThat(compounding.valuesPerYear())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(num("1000"), num("700"), num("490"), num("343"), num("240.1"));
        assertThat(compounding.presentValue()).isCloseTo(num("2562.655432376381798206832084576"), EXACTLY);
    }

    @Test
    void straightLineFloorWhenTheDropOffDoesNotDivideOne() {
        // 40% straight line over 5 years: 1,000 x (1, 0.6, 0.2, max(0, -0.2), max(0, -0.6)) = 1,000, 600, 200, 0, 0
        // PV = 1,000 / 1.035 + 600 / 1.071225 + 200 / 1.108717875 = 1,706.6785362327
        ImpactRow row = row().proxy("1000").dropOff("40").years(5).build();
        Settings straight = Settings.guide().withDropOff(DropOffMethod.STRAIGHT_LINE);

        SroiResult result = calculator.calculate(List.of(row), List.of(cash("1000")), straight);

        assertThat(result.valuesPerYear())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(num("1000"), num("600"), num("200"), num("0"), num("0"));
        assertThat(result.presentValue()).isCloseTo(num("1706.678536232673257838474012156"), EXACTLY);
    }

    @Test
    void fullDropOffKeepsYearOneOnly() {
        // 100% drop-off: 1,000, then nothing, under either method; PV = 1,000 / 1.035
        ImpactRow row = row().proxy("1000").dropOff("100").years(4).build();

        for (DropOffMethod method : DropOffMethod.values()) {
            SroiResult result = calculator.calculate(
                    List.of(row), List.of(cash("1000")), Settings.guide().withDropOff(method));

            assertThat(result.valuesPerYear())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(num("1000"), num("0"), num("0"), num("0"));
            assertThat(result.presentValue()).isCloseTo(num("966.1835748792270531400966183574879"), EXACTLY);
        }
    }
}
