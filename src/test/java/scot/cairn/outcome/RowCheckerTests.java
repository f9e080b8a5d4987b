package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;

class RowCheckerTests {

    /** Every period these tests use has ended by then. */
    private static final LocalDate TODAY = LocalDate.of(2030, 1, 1);

    private static final Indicator STABLE = indicator(1, "Placements lasting a year", Frequency.QUARTERLY);
    private static final Indicator ENQUIRIES = indicator(2, "Carer enquiries", Frequency.MONTHLY);

    private static Indicator indicator(long id, String name, Frequency frequency) {
        return new Indicator(
                id,
                0,
                9,
                3,
                name,
                null,
                "children",
                Direction.HIGHER_IS_BETTER,
                null,
                null,
                frequency,
                null,
                Measure.PEOPLE,
                Instant.EPOCH);
    }

    private static RowChecker checker(Set<String> recorded) {
        return new RowChecker(List.of(STABLE, ENQUIRIES), new PilotWindow(null, null), recorded, TODAY);
    }

    private static MeasurementRow row(String indicator, String period, String value, String breakdown) {
        return new MeasurementRow(indicator, period, value, breakdown, null, null);
    }

    @Test
    void aGoodRowIsReadyToSave() {
        var checked = checker(Set.of()).check(2, row(" placements LASTING a year ", "2026-q3", "1,250.5", " 16-24 "));
        assertThat(checked.ok()).isTrue();
        assertThat(checked.indicatorId()).isEqualTo(1L);
        assertThat(checked.period()).isEqualTo(Period.ofQuarter(2026, 3));
        assertThat(checked.value()).isEqualByComparingTo(new BigDecimal("1250.5"));
        assertThat(checked.breakdown()).isEqualTo("16-24");
    }

    @Test
    void saysWhatIsWrongWithEachField() {
        var checked = checker(Set.of()).check(2, row("Foster homes", "Q3", "twelve", null));
        assertThat(labelled(checked.errors()))
                .containsEntry("indicator", "No indicator called Foster homes in this partnership’s framework")
                .containsEntry("period", "Enter a period like 2026-Q3")
                .containsEntry("value", "Value: enter a number, like 12 or 3.5");
        assertThat(English.of(
                        checker(Set.of()).check(2, row("", "2026-Q3", "", null)).errors()))
                .containsEntry("indicator", "Enter the indicator’s name")
                .containsEntry("value", "Enter a value");
        assertThat(checker(Set.of())
                        .check(2, row(STABLE.name(), "2026-Q3", "1.23456", null))
                        .ok())
                .isFalse();
        var longNotes = new MeasurementRow(STABLE.name(), "2026-Q3", "1", null, null, "x".repeat(2001));
        assertThat(English.of(checker(Set.of()).check(2, longNotes).errors()))
                .containsEntry("notes", "Notes must be 2,000 characters or fewer");
    }

    @Test
    void periodsThatHaveNotEndedCountsBelowZeroAndDecimalCommasAreRefused() {
        var today = new RowChecker(List.of(STABLE), new PilotWindow(null, null), Set.of(), LocalDate.of(2026, 9, 30));
        assertThat(English.of(
                        today.check(2, row(STABLE.name(), "2026-Q3", "1", null)).errors()))
                .containsEntry("period", "2026-Q3 has not ended yet: enter its values once it is over");
        assertThat(today.check(3, row(STABLE.name(), "2026-Q2", "1", null)).ok())
                .isTrue();
        assertThat(labelled(checker(Set.of())
                        .check(2, row(STABLE.name(), "2026-Q1", "-1", null))
                        .errors()))
                .containsEntry(
                        "value",
                        "Value: enter 0 or more: Placements lasting a year counts children, which cannot be negative");
        assertThat(labelled(checker(Set.of())
                        .check(2, row(STABLE.name(), "2026-Q1", "1,5", null))
                        .errors()))
                .containsEntry(
                        "value",
                        "Value: use a full stop for decimals, like 1.5 (commas only group thousands, like 1,500)");
        var grouped = checker(Set.of()).check(2, row(STABLE.name(), "2026-Q1", "1,500", null));
        assertThat(grouped.value()).isEqualByComparingTo("1500");
        assertThat(labelled(checker(Set.of())
                        .check(2, row(STABLE.name(), "2026-Q1", "12345678901234567", null))
                        .errors()))
                .containsEntry("value", "Value: enter a number with at most 15 digits before the decimal point");
    }

    @Test
    void periodMustSuitTheIndicatorsFrequency() {
        assertThat(English.of(checker(Set.of())
                        .check(2, row("Carer enquiries", "2026-Q3", "4", null))
                        .errors()))
                .containsEntry("period", "Carer enquiries is measured monthly: enter a month like 2026-07");
        assertThat(English.of(checker(Set.of())
                        .check(2, row(STABLE.name(), "2026-07", "4", null))
                        .errors()))
                .containsEntry(
                        "period", "Placements lasting a year is measured quarterly: enter a quarter like 2026-Q3");
    }

    @Test
    void periodMustFallInThePilotStageWhenItsDatesAreKnown() {
        var pilot = new RowChecker(
                List.of(STABLE), new PilotWindow(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)), Set.of(), TODAY);
        assertThat(pilot.check(2, row(STABLE.name(), "2027-Q2", "1", null)).ok())
                .isTrue();
        assertThat(English.of(
                        pilot.check(3, row(STABLE.name(), "2026-Q2", "1", null)).errors()))
                .containsEntry("period", "2026-Q2 is outside the Pilot stage (1 July 2026 to 30 June 2027)");
    }

    @Test
    void refusesRepeatsWithinTheFileAndValuesAlreadyRecorded() {
        var checker = checker(Set.of(RowChecker.key(1, "2026-Q2", "")));
        assertThat(checker.check(2, row(STABLE.name(), "2026-Q3", "1", "North")).ok())
                .isTrue();
        assertThat(checker.check(3, row(STABLE.name(), "2026-Q3", "1", "South")).ok())
                .isTrue();
        assertThat(English.of(checker.check(4, row(STABLE.name(), "2026-Q3", "2", "North"))
                        .errors()))
                .containsEntry("period", "Repeats line 2: one value per indicator, period and breakdown");
        assertThat(English.of(
                        checker.check(5, row(STABLE.name(), "2026-Q2", "2", "")).errors()))
                .containsEntry("period", "A value for Placements lasting a year in 2026-Q2 is already recorded");
    }

    /**
     * A labelled refusal ("Value: enter a number") as the tests expect it: the refusal after the label starts in lower
     * case whether or not the bundles capitalise it.
     */
    static java.util.Map<String, String> labelled(
            java.util.Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors) {
        var words = new java.util.LinkedHashMap<String, String>();
        English.of(errors).forEach((field, text) -> {
            int colon = text.indexOf(": ");
            words.put(
                    field,
                    colon < 0 || colon + 2 >= text.length()
                            ? text
                            : text.substring(0, colon + 2)
                                    + Character.toLowerCase(text.charAt(colon + 2))
                                    + text.substring(colon + 3));
        });
        return words;
    }
}
