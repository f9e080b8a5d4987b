package scot.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.identity.CurrentUser;
import scot.cairn.notification.NoticeKind;
import scot.cairn.notification.NotificationService;
import scot.cairn.partnership.Stage;
import scot.cairn.planning.PlanService;
import scot.cairn.planning.TaskDetails;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Fiona (public sector) manages the partnership and sits on its board with David (third sector). */
@CairnTest
class HighlightIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    HighlightService reports;

    @Autowired
    PlanService plans;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditTrail audit;

    long id;
    CurrentUser fiona;
    CurrentUser david;
    LocalDate today;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        governance.board(id);
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
        today = LocalDate.now(ZoneId.of("Europe/London"));
        plans.addTask(
                id,
                new TaskDetails(
                        "Map placements",
                        null,
                        Stage.EXPLORE,
                        david.personId(),
                        today.minusDays(20),
                        today.minusDays(2),
                        List.of()),
                fiona);
    }

    @Test
    void theProjectManagersReportGathersTheFactsIsSubmittedLockedAndNotedByBothSectors() {
        var period = reports.nextPeriod(id, fiona);
        assertThat(period.to()).isEqualTo(today);

        var r = reports.start(id, period, fiona);

        assertThat(r.reference()).isEqualTo("HR-1");
        assertThat(r.sections()).extracting(HighlightView.SectionView::section).containsExactly(ReportSection.values());
        assertThat(facts(r, ReportSection.STAGE)).first().asString().startsWith("Stage: Explore");
        assertThat(facts(r, ReportSection.PLAN))
                .contains(
                        "Tasks: 1 in all; 0 done, 0 in progress, 0 blocked, 1 not started; 1 late.",
                        "The board has not approved a plan baseline yet, so slippage is not measured.");
        assertThat(facts(r, ReportSection.DECISIONS)).contains("The board took no decisions in the period.");

        assertThatThrownBy(() -> reports.submit(id, r.id(), r.version(), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("rag").key()).isEqualTo("report.write.ragMissing"));
        var written = reports.write(
                id,
                r.id(),
                r.version(),
                new ReportDetails(Map.of(ReportSection.PLAN, "Mapping is late: the data came late."), ReportRag.AMBER),
                fiona);
        var submitted = reports.submit(id, written.id(), written.version(), fiona);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.sections().get(1).commentary()).isEqualTo("Mapping is late: the data came late.");

        assertThatThrownBy(() -> reports.write(
                        id, r.id(), submitted.version(), new ReportDetails(Map.of(), ReportRag.GREEN), fiona))
                .isInstanceOfSatisfying(
                        ReportLockedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("report.locked"));
        assertThatThrownBy(() -> reports.regenerate(id, r.id(), submitted.version(), fiona))
                .isInstanceOf(ReportLockedException.class);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> notifications.inbox(david, 1).notices().stream()
                        .anyMatch(n -> n.kind() == NoticeKind.HIGHLIGHT_SUBMITTED
                                && n.href().equals("/partnerships/" + id + "/reports/" + r.id())));

        var once = reports.note(id, r.id(), submitted.version(), "Read before the meeting.", fiona);
        assertThat(once.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(once.waitingFor()).isNotNull();
        assertThatThrownBy(() -> reports.note(id, r.id(), once.version(), null, fiona))
                .isInstanceOfSatisfying(
                        ReportLockedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("report.note.already"));
        var noted = reports.note(id, r.id(), once.version(), null, david);
        assertThat(noted.status()).isEqualTo(ReportStatus.NOTED);
        assertThat(noted.notes())
                .extracting(HighlightView.NoteView::comment)
                .containsExactly("Read before the meeting.", null);
        assertThat(audit.forPartnership(id))
                .extracting(e -> e.action())
                .contains("report.audit.started", "report.audit.submitted", "report.audit.noted");

        var next = reports.nextPeriod(id, fiona);
        assertThatThrownBy(() -> reports.start(id, next, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("from").key()).isEqualTo("report.start.overlaps"));
    }

    @Test
    void aPeriodMustEndByTodayAndOnOrAfterItsStart() {
        assertThatThrownBy(() -> reports.start(id, new HighlightService.Period(today, today.plusDays(1)), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("to").key()).isEqualTo("report.start.toFuture"));
        assertThatThrownBy(() -> reports.start(id, new HighlightService.Period(today, today.minusDays(1)), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("to").key()).isEqualTo("report.start.toBeforeFrom"));
    }

    @Test
    void onlyTheProjectManagerAndManagersWriteMembersReadAndOutsidersSeeNothing() {
        var r = reports.start(id, reports.nextPeriod(id, fiona), fiona);
        assertThatThrownBy(() -> reports.start(id, reports.nextPeriod(id, david), david))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reports.note(id, r.id(), r.version(), null, david))
                .as("a draft is not noted")
                .isInstanceOf(ReportLockedException.class);
        assertThat(reports.report(id, r.id(), david).mayWrite()).isFalse();
        assertThatThrownBy(() -> reports.report(id, r.id(), users.current(DemoUsers.MORVEN)))
                .isInstanceOf(NotFoundException.class);
    }

    private static List<String> facts(HighlightView r, ReportSection section) {
        return r.sections().stream()
                .filter(s -> s.section() == section)
                .findFirst()
                .orElseThrow()
                .facts();
    }
}
