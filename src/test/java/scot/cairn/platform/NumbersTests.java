package scot.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTests {

    @Test
    void commasGroupThousandsAndAreNeverADecimalPoint() {
        assertThat(Numbers.read("1,500", 15, 4)).contains(new BigDecimal("1500"));
        assertThat(Numbers.read("-12,345,678.25", 15, 4)).contains(new BigDecimal("-12345678.25"));
        assertThat(Numbers.read("1,5", 15, 4)).isEmpty();
        assertThat(English.of(Numbers.problem("1,5", 15, 4)))
                .isEqualTo("Use a full stop for decimals, like 1.5 (commas only group thousands, like 1,500)");
        assertThat(Numbers.problem("1,50", 15, 4)).isEqualTo(Numbers.DECIMAL_COMMA);
        assertThat(Numbers.problem("15,00,000", 15, 4)).isEqualTo(Numbers.DECIMAL_COMMA);
    }

    @Test
    void aNumberMustFitItsColumn() {
        assertThat(Numbers.problem("123456789012345", 15, 4)).isNull();
        assertThat(English.of(Numbers.problem("1234567890123456", 15, 4)))
                .isEqualTo("Enter a number with at most 15 digits before the decimal point");
        assertThat(Numbers.problem("0001.50000", 1, 1)).isNull();
        assertThat(English.of(Numbers.problem("1.12345", 15, 4))).isEqualTo("Use at most 4 decimal places");
        assertThat(English.of(Numbers.problem("2.5", 9, 0))).isEqualTo("Enter a whole number");
        assertThat(English.of(Numbers.problem("9999999999", 9, 0)))
                .isEqualTo("Enter a whole number with at most 9 digits");
        assertThat(English.of(Numbers.problem("1e5", 15, 4))).isEqualTo("Enter a number, like 12 or 3.5");
    }

    @Test
    void aPastedPageOfDigitsIsRefused() {
        assertThat(English.of(Numbers.problem("9".repeat(2_000_000), 40, 40))).contains("at most 40 digits");
    }
}
