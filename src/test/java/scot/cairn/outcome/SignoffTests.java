package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;

class SignoffTests {

    private static final Period Q3 = Period.ofQuarter(2026, 3);

    @Test
    void aPeriodIsApprovedJointlyAndEachBoardMemberApprovesOnce() {
        var s = PeriodSignoff.submit(1, Q3, 7, Instant.EPOCH);
        assertThat(s.approve(7, 70L, Sector.PUBLIC, Instant.EPOCH)).isFalse();
        assertThat(refusal(() -> s.approve(7, 70L, Sector.PUBLIC, Instant.EPOCH)))
                .isEqualTo("You have already approved 2026-Q3");
        assertThat(s.approve(9, null, null, Instant.EPOCH)).isFalse();
        assertThat(s.approved()).isFalse();
        assertThat(English.of(MeasurementService.Support.stillNeeded(s.rule())))
                .isEqualTo("Still needs approval from a third-sector board member.");
        assertThat(s.approve(8, 80L, Sector.THIRD, Instant.EPOCH)).isTrue();
        assertThat(s.approved()).isTrue();
        assertThat(refusal(() -> s.approve(10, 80L, Sector.THIRD, Instant.EPOCH)))
                .isEqualTo("2026-Q3 is already approved");
    }

    private static String refusal(Runnable action) {
        return English.of(catchThrowableOfType(InvalidInputException.class, action::run)
                .fieldErrors()
                .get(""));
    }

    @Test
    void changedValuesWithdrawEveryApprovalGivenSoFar() {
        var s = PeriodSignoff.submit(1, Q3, 7, Instant.EPOCH);
        assertThat(s.reopen(Instant.EPOCH)).isFalse();
        s.approve(7, 70L, Sector.PUBLIC, Instant.EPOCH);
        s.approve(8, 80L, Sector.THIRD, Instant.EPOCH);
        var later = Instant.EPOCH.plusSeconds(60);
        assertThat(s.reopen(later)).isTrue();
        assertThat(s.approved()).isFalse();
        assertThat(s.approvals()).isEmpty();
        assertThat(s.reopenedAt()).isEqualTo(later);
        assertThat(s.approve(7, 70L, Sector.PUBLIC, later)).isFalse();
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
