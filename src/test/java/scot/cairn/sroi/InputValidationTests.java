package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.cairn.sroi.Rows.num;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input records refuse what the calculation cannot use, naming the field and saying what would be right. */
class InputValidationTests {

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "150", "-5"})
    void everyPercentageMustBeBetweenZeroAndAHundred(String percent) {
        BigDecimal value = num(percent);
        assertRejected(b -> b.deadweight(value), "deadweight", "Deadweight must be between 0 and 100 per cent");
        assertRejected(b -> b.displacement(value), "displacement", "Displacement must be between 0 and 100 per cent");
        assertRejected(b -> b.attribution(value), "attribution", "Attribution must be between 0 and 100 per cent");
        assertRejected(b -> b.dropOff(value), "dropOff", "Drop-off must be between 0 and 100 per cent");
    }

    @Test
    void percentagesOfExactlyZeroAndAHundredAreAllowed() {
        ImpactRow row = valid().deadweight(num("0"))
                .displacement(num("100"))
                .attribution(num("0.0"))
                .dropOff(num("100.00"))
                .build();

        assertThat(row.displacement()).isEqualByComparingTo("100");
    }

    @Test
    void quantityAndProxyCannotBeNegative() {
        assertRejected(b -> b.quantity(num("-1")), "quantity", "Quantity must be 0 or more");
        assertRejected(b -> b.proxyValue(num("-0.01")), "proxyValue", "Financial proxy value must be 0 or more");
        assertThat(valid().quantity(BigDecimal.ZERO)
                        .proxyValue(BigDecimal.ZERO)
                        .build()
                        .quantity())
                .isZero();
    }

    @Test
    void missingNumbersAreNamed() {
        assertRejected(b -> b.quantity(null), "quantity", "Enter the quantity");
        assertRejected(b -> b.proxyValue(null), "proxyValue", "Enter the financial proxy value");
        assertRejected(b -> b.deadweight(null), "deadweight", "Enter the deadweight as a percentage");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 51, -1})
    void durationIsOneToFiftyYears(int years) {
        assertRejected(b -> b.years(years), "durationYears", "Duration must be between 1 and 50 years");
    }

    @Test
    void durationsOfOneAndFiftyYearsAreAllowed() {
        assertThat(valid().years(1).build().durationYears()).isEqualTo(1);
        assertThat(valid().years(50).build().durationYears()).isEqualTo(50);
    }

    @Test
    void theProxyNeedsASource() {
        assertRejected(b -> b.source(null), "proxySource", "Enter the source of the financial proxy");
        assertRejected(b -> b.source("   "), "proxySource", "Enter the source of the financial proxy");
    }

    @Test
    void stakeholderOutcomeAndIndicatorAreRequiredAndTrimmed() {
        assertRejected(b -> b.stakeholder(""), "stakeholder", "Enter the stakeholder");
        assertRejected(b -> b.outcome(null), "outcome", "Enter the outcome");
        assertRejected(b -> b.indicator(" "), "indicator", "Enter the indicator");
        ImpactRow row = valid().stakeholder("  Carers ").description(null).build();
        assertThat(row.stakeholder()).isEqualTo("Carers");
        assertThat(row.proxyDescription()).isEmpty();
    }

    @Test
    void investmentsAreZeroOrMore() {
        assertThatThrownBy(() -> new Investment("Council", "", num("-1"), BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        InvalidSroiInputException.class,
                        e -> assertThat(e.field()).isEqualTo("cash"))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo("Cash amount must be 0 or more"));
        assertThatThrownBy(() -> new Investment("Council", "", BigDecimal.ZERO, num("-0.5")))
                .isInstanceOfSatisfying(
                        InvalidSroiInputException.class,
                        e -> assertThat(e.field()).isEqualTo("inKind"))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo("In-kind value must be 0 or more"));
        assertThatThrownBy(() -> new Investment(" ", "", BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        InvalidSroiInputException.class,
                        e -> assertThat(e.field()).isEqualTo("stakeholder"))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo("Enter who made the investment"));
        assertThat(new Investment("Council", null, num("10"), num("2.5")).total())
                .isEqualByComparingTo("12.5");
    }

    @Test
    void settingsDefaultToTheGuide() {
        Settings guide = Settings.guide();

        assertThat(guide.discountRate()).isEqualByComparingTo("3.5");
        assertThat(guide.discountFirstYear()).isTrue();
        assertThat(guide.deductions()).isEqualTo(DeductionMethod.MULTIPLIED);
        assertThat(guide.dropOff()).isEqualTo(DropOffMethod.COMPOUNDING);
    }

    @Test
    void settingsRefuseARateOutsideZeroToAHundredAndMissingMethods() {
        assertThatThrownBy(() -> Settings.guide().withDiscountRate(num("-0.1")))
                .isInstanceOfSatisfying(
                        InvalidSroiInputException.class,
                        e -> assertThat(e.field()).isEqualTo("discountRate"))
                .satisfies(e ->
                        assertThat(Refusals.words(e)).isEqualTo("Discount rate must be between 0 and 100 per cent"));
        assertThatThrownBy(() -> Settings.guide().withDeductions(null))
                .isInstanceOfSatisfying(
                        InvalidSroiInputException.class,
                        e -> assertThat(e.field()).isEqualTo("deductions"));
        assertThatThrownBy(() -> Settings.guide().withDropOff(null))
                .isInstanceOfSatisfying(
                        InvalidSroiInputException.class,
                        e -> assertThat(e.field()).isEqualTo("dropOff"));
    }

    @Test
    void variationsAreAnAssumptionAndAnAmountOfZeroOrMore() {
        assertThatThrownBy(() -> new Variation(Assumption.DEADWEIGHT, num("-10")))
                .isInstanceOfSatisfying(
                        InvalidSroiInputException.class,
                        e -> assertThat(e.field()).isEqualTo("amount"))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo("Change must be 0 or more"));
        assertThatThrownBy(() -> new Variation(null, BigDecimal.TEN))
                .isInstanceOfSatisfying(
                        InvalidSroiInputException.class,
                        e -> assertThat(e.field()).isEqualTo("assumption"));
    }

    private static void assertRejected(UnaryOperator<RowFields> change, String field, String message) {
        RowFields fields = change.apply(valid());
        assertThatThrownBy(fields::build)
                .isInstanceOfSatisfying(
                        InvalidSroiInputException.class,
                        e -> assertThat(e.field()).isEqualTo(field))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo(message));
    }

    private static RowFields valid() {
        return new RowFields();
    }
}
