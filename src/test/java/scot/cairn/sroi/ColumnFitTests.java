package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;

/** What people enter must fit the columns it is kept in, or it is refused by name instead of failing on save. */
class ColumnFitTests {

    static RowDetails row(String quantity, String proxy, String deadweight) {
        return SroiFixture.row(quantity, proxy, deadweight, "0", "0", "0", 2);
    }

    @Test
    void aQuantityKeepsFifteenDigitsAndFourDecimalPlaces() {
        assertThat(English.of(SroiRules.rowErrors(0, row("999999999999999.9999", "1", "0"), Set.of())))
                .isEmpty();
        assertThat(English.of(SroiRules.rowErrors(2, row("1000000000000000", "1", "0"), Set.of())))
                .containsEntry(
                        "rows[2].quantity",
                        "Row 3: quantity is too large: it can have at most 15 digits before the decimal point");
        assertThat(English.of(SroiRules.rowErrors(0, row("1.12345", "1", "0"), Set.of())))
                .containsEntry("rows[0].quantity", "Row 1: quantity can have at most 4 decimal places");
    }

    @Test
    void moneyKeepsSeventeenDigitsAndPence() {
        assertThat(English.of(SroiRules.rowErrors(0, row("1", "1E+17", "0"), Set.of())))
                .containsEntry(
                        "rows[0].proxyValue",
                        "Row 1: financial proxy value is too large: it can have at most 17 digits before the decimal"
                                + " point");
        assertThat(English.of(SroiRules.inputErrors(
                        1, new InputDetails("Council", null, new BigDecimal("10.005"), BigDecimal.ZERO))))
                .containsEntry("inputs[1].cash", "Input 2: cash amount can have at most 2 decimal places");
        assertThat(English.of(SroiRules.inputErrors(
                        0, new InputDetails("Council", null, new BigDecimal("1E+999999"), BigDecimal.ZERO))))
                .containsKey("inputs[0].cash");
    }

    @Test
    void percentagesKeepFourDecimalPlaces() {
        assertThat(English.of(SroiRules.rowErrors(0, row("1", "1", "12.12345"), Set.of())))
                .containsEntry("rows[0].deadweight", "Row 1: deadweight can have at most 4 decimal places");
        assertThat(English.of(SroiRules.rowErrors(0, row("1", "1", "12.1234"), Set.of())))
                .isEmpty();
    }

    @Test
    void theDiscountRateKeepsFourDecimalPlaces() {
        var details = AnalysisDetails.of(
                        "Forecast", AnalysisType.FORECAST, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .withGuideDefaults();
        var precise = new AnalysisDetails(
                details.title(),
                details.kind(),
                details.periodFrom(),
                details.periodTo(),
                new BigDecimal("3.50001"),
                details.discountFirstYear(),
                details.deductions(),
                details.dropOff());

        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                scot.cairn.platform.InvalidInputException.class, () -> SroiRules.checkDetails(precise));

        assertThat(English.of(refusal.fieldErrors()))
                .containsEntry("discountRate", "Discount rate can have at most 4 decimal places");
    }

    @Test
    void optionalTextsFitTheirColumnsAndHoldNoNul() {
        var d = row("1", "1", "0");
        var long300 = new RowDetails(
                "Carers\u0000",
                d.outcome(),
                d.indicator(),
                d.quantitySource(),
                d.indicatorId(),
                d.quantity(),
                d.durationYears(),
                d.proxyValue(),
                "x".repeat(301),
                "y".repeat(101),
                d.proxySource(),
                d.proxyBaseYear(),
                d.deadweight(),
                d.displacement(),
                d.attribution(),
                d.dropOff());

        assertThat(English.of(SroiRules.rowErrors(0, long300, Set.of())))
                .containsEntry(
                        "rows[0].stakeholder", "Row 1: remove the hidden control character (NUL) from the stakeholder")
                .containsEntry("rows[0].proxyDescription", "Row 1: proxy description must be 300 characters or fewer")
                .containsEntry("rows[0].proxyUnit", "Row 1: proxy unit must be 100 characters or fewer");
    }
}
