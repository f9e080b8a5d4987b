package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.InvalidInputException;

class SignoffTests {

    private static final Period Q3 = Period.ofQuarter(2026, 3);

    @Test
    void anotherPersonApprovesOnce() {
        var submitted = PeriodSignoff.submit(1, Q3, 7, Instant.EPOCH);
        assertThatThrownBy(() -> submitted.approve(7, Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A different person must approve 2026-Q3: you submitted it");
        var approved = submitted.approve(8, Instant.EPOCH);
        assertThat(approved.approved()).isTrue();
        assertThatThrownBy(() -> approved.approve(9, Instant.EPOCH)).hasMessage("2026-Q3 is already approved");
    }

    @Test
    void correctionsKeepTheOldValueOnlyOnceApproved() {
        var first = Measurement.first(1, 2, Q3, "", BigDecimal.ONE, "Survey", null, 7, Instant.EPOCH);
        var replaced = first.corrected(BigDecimal.valueOf(2), 8, Instant.EPOCH, false);
        assertThat(replaced.revision()).isEqualTo(1);
        assertThat(replaced.history()).isEmpty();

        var revised = replaced.corrected(BigDecimal.TEN, 8, Instant.EPOCH, true);
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.amount()).isEqualTo(BigDecimal.TEN);
        assertThat(revised.history())
                .containsExactly(new MeasurementRevision(1, BigDecimal.valueOf(2), "Survey", null, 8, Instant.EPOCH));
    }
}
