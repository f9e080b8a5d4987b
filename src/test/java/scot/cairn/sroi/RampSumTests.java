package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cairn.sroi.Rows.num;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The piecewise-linear sum behind deduction sensitivity. Two ramps: 2 x (10 - clamp(x, -10, 10)), level 40 until
 * -10 and 0 from 10; and 1 x (30 - clamp(x, 0, 30)), level 30 until 0 and 0 from 30. Their sum is 70 up to -10, then
 * 70 - 2 (x + 10) down to 50 at 0, then 50 - 3 x down to 20 at 10, then 20 - (x - 10) down to 0 at 30, then 0.
 */
class RampSumTests {

    private final RampSum sum = new RampSum.Builder()
            .add(num("-10"), num("10"), num("2"))
            .add(num("0"), num("30"), num("1"))
            .add(num("5"), num("6"), BigDecimal.ZERO)
            .build();

    @Test
    void valueOnEveryPiece() {
        assertThat(sum.valueAt(num("-100"))).isEqualByComparingTo("70");
        assertThat(sum.valueAt(num("-10"))).isEqualByComparingTo("70");
        assertThat(sum.valueAt(num("-5"))).isEqualByComparingTo("60");
        assertThat(sum.valueAt(num("0"))).isEqualByComparingTo("50");
        assertThat(sum.valueAt(num("2.5"))).isEqualByComparingTo("42.5");
        assertThat(sum.valueAt(num("10"))).isEqualByComparingTo("20");
        assertThat(sum.valueAt(num("25"))).isEqualByComparingTo("5");
        assertThat(sum.valueAt(num("30"))).isEqualByComparingTo("0");
        assertThat(sum.valueAt(num("100"))).isEqualByComparingTo("0");
    }

    @Test
    void reachesLowerValuesToTheRight() {
        // 50 - 3 x = 35 -> x = 5; 20 - (x - 10) = 12 -> x = 18; exactly at an end: 20 at x = 10
        assertThat(sum.nearestReach(num("35")))
                .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("5"));
        assertThat(sum.nearestReach(num("12")))
                .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("18"));
        assertThat(sum.nearestReach(num("20")))
                .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("10"));
        assertThat(sum.nearestReach(num("0.5")))
                .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("29.5"));
    }

    @Test
    void reachesHigherValuesToTheLeftAndNothingAboveTheTop() {
        // 70 - 2 (x + 10) = 56 -> x = -3; the top, 70, is first reached at -10 (closest to 0)
        assertThat(sum.nearestReach(num("56")))
                .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("-3"));
        assertThat(sum.nearestReach(num("70")))
                .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("-10"));
        assertThat(sum.nearestReach(num("50")))
                .hasValueSatisfying(x -> assertThat(x).isZero());
        assertThat(sum.nearestReach(num("70.01"))).isEmpty();
    }

    @Test
    void anEmptySumIsZeroEverywhere() {
        RampSum empty = new RampSum.Builder().build();

        assertThat(empty.valueAt(num("3"))).isZero();
        assertThat(empty.nearestReach(num("1"))).isEmpty();
        assertThat(empty.nearestReach(BigDecimal.ZERO))
                .hasValueSatisfying(x -> assertThat(x).isZero());
    }
}
