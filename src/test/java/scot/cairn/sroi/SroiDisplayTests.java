package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cairn.sroi.Rows.num;

import org.junit.jupiter.api.Test;

/** Display is the only place results are rounded: money to pence, ratios to 2 places, months to 1. */
class SroiDisplayTests {

    @Test
    void moneyToPenceWithThousandsSeparatorsHalvesRoundingUp() {
        assertThat(SroiDisplay.money(num("5217.391304347826086956521739130435")))
                .isEqualTo("£5,217.39");
        assertThat(SroiDisplay.money(num("1234567.005"))).isEqualTo("£1,234,567.01");
        assertThat(SroiDisplay.money(num("0"))).isEqualTo("£0.00");
        assertThat(SroiDisplay.money(num("-1000"))).isEqualTo("-£1,000.00");
        assertThat(SroiDisplay.money(num("-0.004"))).isEqualTo("£0.00");
    }

    @Test
    void ratioAsValuePerPoundInvested() {
        assertThat(SroiDisplay.ratio(num("3.4459"))).isEqualTo("£3.45 : £1");
        assertThat(SroiDisplay.ratio(num("1.043478260869565217391304347826087")))
                .isEqualTo("£1.04 : £1");
        assertThat(SroiDisplay.ratio(num("0"))).isEqualTo("£0.00 : £1");
        assertThat(SroiDisplay.ratio(num("1234.5"))).isEqualTo("£1,234.50 : £1");
        assertThat(SroiDisplay.ratio(num("2.005"))).isEqualTo("£2.01 : £1");
    }

    @Test
    void aNegativeRatioHasItsSignFirst() {
        assertThat(SroiDisplay.money(num("-0.5432"))).isEqualTo("-£0.54");
        assertThat(SroiDisplay.ratio(num("-0.5432"))).isEqualTo("-£0.54 : £1");
    }

    @Test
    void monthsToOneDecimalPlace() {
        assertThat(SroiDisplay.months(num("11.11111111111111111111111111111111")))
                .isEqualTo("11.1");
        assertThat(SroiDisplay.months(num("17.35"))).isEqualTo("17.4");
    }
}
