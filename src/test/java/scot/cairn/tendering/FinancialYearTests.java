package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Financial years run from 1 April to 31 March and are named by both calendar years. */
class FinancialYearTests {

    @Test
    void aYearStartsOnTheFirstOfApril() {
        assertThat(ProcurementService.financialYearStart(LocalDate.of(2026, 12, 6)))
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ProcurementService.financialYearStart(LocalDate.of(2027, 3, 31)))
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ProcurementService.financialYearStart(LocalDate.of(2027, 4, 1)))
                .isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void aYearIsNamedByBothItsCalendarYears() {
        assertThat(ProcurementService.financialYear(LocalDate.of(2027, 3, 31))).isEqualTo("2026-27");
        assertThat(ProcurementService.financialYear(LocalDate.of(2099, 6, 1))).isEqualTo("2099-00");
    }
}
