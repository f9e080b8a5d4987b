package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;

class BoardDecisionTests {

    static final Instant MORNING = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    static DecisionDetails details(boolean joint) {
        return new DecisionDetails(
                " Proceed to Pilot ",
                "Design done.",
                "",
                "Go.",
                LocalDate.of(2026, 3, 1),
                joint,
                Stage.DESIGN,
                null,
                null);
    }

    static BoardDecision draft(boolean joint) {
        return BoardDecision.propose(1, 3, details(joint), null, 7, MORNING);
    }

    @Test
    void aDraftIsNumberedAndTidied() {
        var d = draft(true);
        assertThat(d.reference()).isEqualTo("D-3");
        assertThat(d.title()).isEqualTo("Proceed to Pilot");
        assertThat(d.options()).isNull();
        assertThat(d.status()).isEqualTo(DecisionStatus.DRAFT);
    }

    @Test
    void aJointDecisionIsApprovedOnlyWhenBothSectorsHaveApproved() {
        var d = draft(true);
        assertThat(d.approve(10, 100L, Sector.PUBLIC, MORNING)).isFalse();
        assertThat(d.approve(11, null, null, MORNING)).isFalse();
        assertThat(d.status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(d.approve(12, 200L, Sector.THIRD, NOON)).isTrue();
        assertThat(d.status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(d.approvedAt()).isEqualTo(NOON);
        assertThat(d.approvals()).hasSize(3);
    }

    @Test
    void anApprovedDecisionIsLocked() {
        var d = draft(false);
        d.approve(10, 100L, Sector.PUBLIC, NOON);
        assertThatThrownBy(() -> d.change(details(false)))
                .isInstanceOfSatisfying(
                        DecisionLockedException.class,
                        e -> assertThat(English.of(e.reason()))
                                .isEqualTo(
                                        "This decision was approved on 2 March 2026; record a new decision that supersedes it."));
        assertThatThrownBy(() -> d.approve(11, 200L, Sector.THIRD, NOON)).isInstanceOf(DecisionLockedException.class);
        assertThatThrownBy(d::withdraw).isInstanceOf(DecisionLockedException.class);
    }

    @Test
    void nobodyApprovesTwice() {
        var d = draft(true);
        d.approve(10, 100L, Sector.PUBLIC, MORNING);
        assertThatThrownBy(() -> d.approve(10, 100L, Sector.PUBLIC, NOON))
                .isInstanceOfSatisfying(
                        DecisionLockedException.class,
                        e -> assertThat(English.of(e.reason())).isEqualTo("You have already approved this decision."));
        assertThat(d.approvals()).hasSize(1);
    }

    @Test
    void changingADraftClearsItsApprovals() {
        var d = draft(true);
        d.approve(10, 100L, Sector.PUBLIC, MORNING);
        d.change(details(false));
        assertThat(d.approvals()).isEmpty();
        assertThat(d.joint()).isFalse();
    }

    @Test
    void aWithdrawnDraftChangesNoMore() {
        var d = draft(false);
        d.withdraw();
        assertThat(d.status()).isEqualTo(DecisionStatus.WITHDRAWN);
        assertThatThrownBy(() -> d.approve(10, 100L, Sector.PUBLIC, NOON))
                .isInstanceOfSatisfying(
                        DecisionLockedException.class,
                        e -> assertThat(English.of(e.reason()))
                                .isEqualTo("This decision was withdrawn; record a new decision instead."));
    }

    @Test
    void inputIsCheckedFieldByField() {
        var bad = new DecisionDetails(" ", null, null, "", null, null, Stage.DELIVERY, null, 0L);
        assertThatThrownBy(() -> DecisionInput.check(bad, java.time.LocalDate.now()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys(
                                        "title", "context", "decision", "decisionDate", "joint", "gate", "riskId"));
    }
}
