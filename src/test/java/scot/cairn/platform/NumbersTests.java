package scot.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTests {

    @Test
    void readsNumbersAsPeopleTypeThem() {
        assertThat(Numbers.read(" 1500 ", 15, 4))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1500"));
        assertThat(Numbers.read("1,500.25", 15, 4))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1500.25"));
        assertThat(Numbers.read("-2", 15, 4))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("-2"));
        assertThat(Numbers.read(".5", 15, 4))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("0.5"));
        assertThat(Numbers.read("3.50000", 15, 4)).isPresent();
    }

    @Test
    void saysWhatIsWrong() {
        assertThat(Numbers.problem("", 15, 4)).isEqualTo("enter a number");
        assertThat(Numbers.problem("1,5", 15, 4)).startsWith("use a full stop for decimals");
        assertThat(Numbers.problem("1,50,0", 15, 4)).startsWith("use a full stop for decimals");
        assertThat(Numbers.problem("twelve", 15, 4)).isEqualTo("enter a number, like 12 or 3.5");
        assertThat(Numbers.problem("1e3", 15, 4)).isEqualTo("enter a number, like 12 or 3.5");
        assertThat(Numbers.problem("1.23456", 15, 4)).isEqualTo("use at most 4 decimal places");
        assertThat(Numbers.problem("1.5", 9, 0)).isEqualTo("enter a whole number");
        assertThat(Numbers.problem("1234567890", 9, 0))
                .isEqualTo("enter a number with at most 9 digits before the decimal point");
        assertThat(Numbers.read("1,5", 15, 4)).isEmpty();
    }
}
