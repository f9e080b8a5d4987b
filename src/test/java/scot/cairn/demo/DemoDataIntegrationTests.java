package scot.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.directory.OrganisationService;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentReader;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class DemoDataIntegrationTests {

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DocumentReader reader;

    @Autowired
    DecisionService decisions;

    @Test
    void theTenPilotsOf2009AreManagedByTheProgrammeOwnerAndClosedWhenTheProgrammeEnded() {
        var morven = users.current(DemoUsers.MORVEN);
        var pilots = partnerships.mine(morven);
        assertThat(pilots).hasSize(10).allSatisfy(p -> assertThat(p.stage()).isEqualTo(Stage.CLOSED));
        assertThat(pilots)
                .extracting(p -> p.title())
                .contains("HMP Barlinnie and Theatre Nemo", "Falkirk Council and Falkirk CVS");
        var pilot = partnerships.get(pilots.get(0).id(), morven);
        assertThat(pilot.closureRoute()).isEqualTo(ClosureRoute.STOPPED);
        assertThat(pilot.closureReason()).contains("ended in June 2011", "before any of its ten pilots reached");
        assertThat(pilot.stages().get(2).actualStart()).isEqualTo(LocalDate.of(2010, 7, 1));
        assertThat(pilot.stages().get(2).actualEnd()).isEqualTo(LocalDate.of(2011, 6, 30));
    }

    @Test
    void everyMouWasSignedBeforeTheGateItOpensAndEveryGateIsInTheDecisionLog() {
        for (var email : List.of(DemoUsers.FIONA, DemoUsers.MORVEN)) {
            var user = users.current(email);
            var demo = partnerships.mine(user).stream()
                    .filter(p -> email.equals(DemoUsers.MORVEN) || p.title().equals("Falkirk foster care provision"))
                    .toList();
            assertThat(demo).isNotEmpty();
            for (var p : demo) {
                var explore = partnerships.get(p.id(), user).stages().get(0);
                var mou = reader.document(p.id(), DocumentKind.MOU, user).current();
                var signedOn = mou.signatures().stream()
                        .map(s -> LocalDate.ofInstant(s.signedAt(), ZoneId.of("Europe/London")))
                        .max(LocalDate::compareTo)
                        .orElseThrow();
                assertThat(signedOn).as(p.title()).isBefore(explore.actualEnd().plusDays(1));
                await().atMost(Duration.ofSeconds(20))
                        .untilAsserted(() -> assertThat(decisions.log(p.id(), user))
                                .as(p.title())
                                .anyMatch(d -> d.gate() == Stage.EXPLORE && d.status() == DecisionStatus.APPROVED));
                // Each gate is in the log once, though the demo's past-dated events are old when Cairn is ready.
                assertThat(decisions.log(p.id(), user).stream()
                                .map(scot.cairn.governance.DecisionView::gate)
                                .filter(java.util.Objects::nonNull))
                        .as(p.title())
                        .doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void fosterCarePspHasSevenTwelveAndFiveMonthStages() {
        var fiona = users.current(DemoUsers.FIONA);
        var summary = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow();
        var view = partnerships.get(summary.id(), fiona);
        assertThat(view.stage()).isEqualTo(Stage.DESIGN);
        assertThat(months(view.stages().get(1))).isEqualTo(7);
        assertThat(months(view.stages().get(2))).isEqualTo(12);
        assertThat(months(view.stages().get(3))).isEqualTo(5);
        assertThat(view.partners()).extracting(p -> p.name()).contains("Falkirk Council", "Falkirk CVS");
    }

    @Autowired
    scot.cairn.risk.RiskService risks;

    @Test
    void fosterCareRegisterHasEightItemsTwoForTheBoardAndOneIssue() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        var register = risks.register(id, fiona);
        assertThat(register.risks())
                .as("other tests may add to the demo register")
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(register.forBoard())
                .extracting(scot.cairn.risk.RiskView::title)
                .contains("Too few new carers come forward", "Pilot funding ends before the tender");
        assertThat(register.risks())
                .filteredOn(r -> r.kind() == scot.cairn.risk.RiskKind.ISSUE)
                .singleElement()
                .satisfies(r -> assertThat(r.reviews()).hasSize(1));
    }

    @Autowired
    scot.cairn.planning.PlanService plans;

    @Test
    void fosterCarePlanHasTasksThatWaitForEachOtherAndTwoMilestones() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        var plan = plans.plan(id, scot.cairn.planning.PlanFilter.NONE, 1, fiona);
        assertThat(plan.tasks()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(plan.tasks().get(3).dependsOn()).containsExactly("T-2", "T-3");
        assertThat(plan.milestones()).hasSizeGreaterThanOrEqualTo(2).noneMatch(m -> m.missed());
        assertThat(plan.tasks().get(1).workPackage()).isEqualTo("WP-1 Design the placement model");
        // The board approved baseline B-1 (its decision handled after the seeding commits); then the design slipped.
        await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> plans.plan(id, scot.cairn.planning.PlanFilter.NONE, 1, fiona)
                                .baseline()
                        != null);
        var slipped = plans.plan(id, scot.cairn.planning.PlanFilter.NONE, 1, fiona);
        assertThat(slipped.baseline().reference()).isEqualTo("B-1");
        assertThat(slipped.tasks().get(1).slipDays()).isEqualTo(12L);
        assertThat(slipped.milestones().get(0).slipDays()).isEqualTo(12L);
        assertThat(slipped.baseline().tasksLate()).isEqualTo(1);
        var service = users.bean(scot.cairn.report.HighlightService.class);
        var first = service.reports(id, 1, fiona).reports().stream()
                .filter(r -> r.reference().equals("HR-1"))
                .findFirst()
                .orElseThrow();
        assertThat(service.report(id, first.id(), fiona)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(scot.cairn.report.ReportStatus.NOTED);
            assertThat(r.rag()).isEqualTo(scot.cairn.report.ReportRag.AMBER);
            assertThat(r.sections().get(1).facts())
                    .anyMatch(f -> f.startsWith("Against baseline B-1: 1 task and 1 milestone later"));
        });
    }

    @Test
    void falkirksBoardHeldThreeMonthlyMeetingsAndMeetsAgainNextWeek() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        var board = users.bean(scot.cairn.meeting.MeetingService.class).meetings(id, fiona).stream()
                .filter(m -> m.title().equals("Foster care PSP board"))
                .toList();
        assertThat(board).hasSize(4);
        assertThat(board.subList(0, 3)).allMatch(m -> m.past() && m.attendanceRecorded());
        assertThat(board.get(0).quorate()).isTrue();
        assertThat(board.get(1).invitees()).anyMatch(v -> v.serviceUser() && v.apologies());
        assertThat(board.get(3).past()).isFalse();
        var actions = users.bean(scot.cairn.meeting.ActionService.class);
        assertThat(actions.carriedInto(id, board.get(3).id(), fiona))
                .extracting(scot.cairn.meeting.ActionView::text, scot.cairn.meeting.ActionView::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Send the draft placement model to the carers’ forum", true),
                        org.assertj.core.groups.Tuple.tuple("Bring this quarter’s recruitment figures", false));
        var full = board.stream()
                .map(m -> users.bean(scot.cairn.meeting.MeetingService.class).meeting(id, m.id(), fiona))
                .toList();
        assertThat(full).allSatisfy(m -> {
            assertThat(m.packIssuedAt()).isNotNull();
            assertThat(m.papers())
                    .singleElement()
                    .satisfies(p -> assertThat(p.late()).isFalse());
        });
        assertThat(full.subList(0, 2)).allMatch(scot.cairn.meeting.MeetingView::locked);
        assertThat(full.get(0).minutesApprovedIn()).isEqualTo(full.get(1).id());
        assertThat(full.get(2).locked()).isFalse();
        assertThat(full.get(2).minutesCirculatedAt()).isNotNull();
        assertThat(full.get(1).agenda().get(1).decisions())
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("APPROVED"));
        assertThat(full.get(0).agenda().get(1).discussion()).startsWith("David presented the workshop findings.");
    }

    @Test
    void falkirkHasACommunicationsPlanReviewedByItsGroupWithActivities() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        var plan = users.bean(scot.cairn.engagement.CommsPlanService.class).plan(id, fiona);
        assertThat(plan.audiencesOutside()).contains("Foster care providers who may bid");
        assertThat(plan.reviews())
                .singleElement()
                .satisfies(r -> assertThat(r.reviewer()).isEqualTo("David Kerr"));
        // The browser tests may add to the plan; the demo's own three are there as seeded.
        assertThat(plan.activities())
                .extracting(a -> a.reference(), a -> a.status())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("C-1", scot.cairn.engagement.ActivityStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("C-2", scot.cairn.engagement.ActivityStatus.PLANNED),
                        org.assertj.core.groups.Tuple.tuple("C-3", scot.cairn.engagement.ActivityStatus.PLANNED));
    }

    @Test
    void falkirkConsultedItsFosterCarersIncludingOneWithoutAnEmailAddress() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        var contacts =
                users.bean(scot.cairn.partnership.MembershipService.class).contacts(id, fiona);
        assertThat(contacts.values())
                .extracting(c -> c.fullName(), c -> c.recordedBy())
                .contains(org.assertj.core.groups.Tuple.tuple("Ann Brodie", "Fiona Reid"));
        var consultation =
                users.bean(scot.cairn.consultation.ConsultationService.class).list(id, fiona).consultations().stream()
                        .filter(c -> c.title().equals("Foster carers: support between placements"))
                        .findFirst()
                        .orElseThrow();
        assertThat(consultation.status()).isEqualTo(scot.cairn.consultation.ConsultationStatus.CLOSED);
        var results = users.bean(scot.cairn.consultation.ResponseService.class).results(id, consultation.id(), fiona);
        assertThat(results.responses()).isEqualTo(25);
        assertThat(results.byChannel())
                .containsEntry(scot.cairn.consultation.Channel.ONLINE, 18L)
                .containsEntry(scot.cairn.consultation.Channel.WORKSHOP, 6L)
                .containsEntry(scot.cairn.consultation.Channel.PAPER, 1L);
        assertThat(results.latest()).anySatisfy(l -> assertThat(l.forWhom()).isEqualTo("Ann Brodie"));
        assertThat(results.questions().get(0).answered()).isEqualTo(25);
        var themes = users.bean(scot.cairn.consultation.ThemeService.class).themes(id, consultation.id(), fiona);
        assertThat(themes.themes())
                .extracting(
                        t -> t.name(),
                        t -> t.published(),
                        t -> t.link() == null ? null : t.link().kind())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Someone to talk to, day and night", true, "TASK"),
                        org.assertj.core.groups.Tuple.tuple("Respite before you are exhausted", true, "DECISION"),
                        org.assertj.core.groups.Tuple.tuple("Training before the first placement", false, null));
        assertThat(themes.themes().get(0).answers()).isPositive();
        var claims = users.bean(scot.cairn.consultation.ExpenseService.class).expenses(id, consultation.id(), fiona);
        assertThat(claims.budget()).isEqualByComparingTo("600");
        assertThat(claims.approved()).isEqualByComparingTo("14.20");
        assertThat(claims.waiting()).isEqualByComparingTo("45");
        assertThat(users.bean(scot.cairn.consultation.SummaryService.class).publishedAt(consultation.id()))
                .isPresent();
    }

    @Test
    void falkirkHasAPublicPageAndToldItsInformedProvidersThreeTimes() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        var page = users.bean(scot.cairn.engagement.PublicPageService.class);
        assertThat(page.settings(id, fiona).decision()).contains("Open a public page");
        var bulletins = users.bean(scot.cairn.engagement.BulletinService.class)
                .list(id, fiona)
                .bulletins();
        assertThat(bulletins)
                .extracting(b -> b.reference(), b -> b.status())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B-3", scot.cairn.engagement.BulletinStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple("B-2", scot.cairn.engagement.BulletinStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple("B-1", scot.cairn.engagement.BulletinStatus.SENT));
        var shown = page.page(id);
        assertThat(shown.bulletins()).hasSize(3);
        assertThat(shown.answers())
                .singleElement()
                .satisfies(a -> assertThat(a.question()).contains("lots"));
        var asked = users.bean(scot.cairn.engagement.EnquiryService.class)
                .list(id, fiona)
                .enquiries();
        assertThat(asked)
                .filteredOn(e -> e.channel() != scot.cairn.engagement.EnquiryChannel.PUBLIC_FORM)
                .extracting(e -> e.askedBy(), e -> e.answeredAt() != null, e -> e.publishedAt() != null)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Anne Lindsay", true, false),
                        org.assertj.core.groups.Tuple.tuple("Morag Kerr", true, true));
        var report = users.bean(scot.cairn.engagement.ParityService.class).ledger(id, fiona);
        assertThat(report.gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.missing()).containsExactly("Barnardo's Scotland", "Quarriers"));
        assertThat(report.entries()).hasSize(5);
        assertThat(shown.youSaidWeDid())
                .singleElement()
                .satisfies(c -> assertThat(c.themes()).hasSize(2));
    }

    @Test
    void falkirksSixPeopleDeclaredTheirInterestsWithOneConflictManagedByMeasures() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        var all = users.bean(scot.cairn.tendering.DeclarationService.class)
                .declarations(id, fiona)
                .all();
        assertThat(all)
                .extracting(d -> d.person())
                .containsExactlyInAnyOrder(
                        "David Kerr", "Euan Stewart", "Fiona Reid", "Graeme Wilson", "Karen Duncan", "Sam Taylor");
        assertThat(all)
                .filteredOn(d -> d.person().equals("Karen Duncan"))
                .singleElement()
                .satisfies(d -> assertThat(d.reviewedBy()).isEqualTo("Graeme Wilson"));
        assertThat(all)
                .filteredOn(d -> d.person().equals("Fiona Reid"))
                .singleElement()
                .satisfies(d -> assertThat(d.reviewedBy()).isEqualTo("Graeme Wilson"));
        assertThat(users.bean(scot.cairn.tendering.BenefitService.class)
                        .register(id, fiona)
                        .benefits())
                .extracting(b -> b.reference(), b -> b.mandatory())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CB-1", true),
                        org.assertj.core.groups.Tuple.tuple("CB-2", false));
        var trace = users.bean(scot.cairn.tendering.RequirementService.class).traceability(id, fiona);
        assertThat(trace.requirements()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(trace.requirements()).extracting(r -> r.reference()).contains("SR-1", "SR-12");
        assertThat(trace.unevidenced()).isZero();
        assertThat(trace.used()).hasSizeGreaterThanOrEqualTo(8);
        // Graeme's specification carries the requirements and benefits; both Senior Sponsors signed it.
        var spec = users.bean(scot.cairn.governance.DocumentReader.class)
                .document(id, scot.cairn.governance.DocumentKind.SPEC, fiona);
        assertThat(spec.current().number()).isEqualTo(1);
        assertThat(spec.current().createdByName()).isEqualTo("Graeme Wilson");
        assertThat(spec.current().signatures()).hasSize(2);
        assertThat(spec.current().sections())
                .filteredOn(s -> s.key().equals("community-benefits"))
                .singleElement()
                .satisfies(s -> assertThat(s.records()).contains("CB-1", "CB-2"));
        assertThat(String.join(
                        "\n",
                        spec.current().sections().stream().map(s -> s.records()).toList()))
                .contains("SR-1. ", "SR-12. ")
                .doesNotContain("rests on no evidence");
        // Its expected procurement, recorded in Design for the council's plan, is in the pipeline and the draft.
        assertThat(users.bean(scot.cairn.tendering.ProcurementService.class).pipeline(fiona))
                .anySatisfy(row -> {
                    assertThat(row.partnership()).isEqualTo("Falkirk foster care provision");
                    assertThat(row.title()).isEqualTo("Foster care provision for children in Falkirk");
                });
        assertThat(spec.current().sections())
                .filteredOn(s -> s.key().equals("contract-period"))
                .singleElement()
                .satisfies(s -> assertThat(s.records()).contains("£4,200,000.00", "36 months"));
        // Tender T-1, drawn from it, is published and open: a provider finds it among the open tenders.
        assertThat(users.bean(scot.cairn.tendering.BidService.class).open(users.current(DemoUsers.IAIN)))
                .anySatisfy(t -> assertThat(t.title()).isEqualTo("Foster care provision for children in Falkirk"));
    }

    @Test
    void aPastPartnershipTenderedItsServiceAndClosedOnceTheContractWasConcluded() throws Exception {
        var fiona = users.current(DemoUsers.FIONA);
        var past = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk work placements for care leavers"))
                .findFirst()
                .orElseThrow();
        assertThat(past.stage()).isEqualTo(Stage.CLOSED);
        assertThat(partnerships.get(past.id(), fiona).closureRoute()).isEqualTo(ClosureRoute.AWARDED);
        long tid = users.bean(scot.cairn.tendering.TenderService.class)
                .tenders(past.id(), fiona)
                .get(0)
                .id();
        // Three bids, evaluated and moderated; Quarriers ranked first and its contract is concluded.
        var evaluation =
                users.bean(scot.cairn.tendering.EvaluationService.class).evaluation(past.id(), tid, fiona);
        assertThat(evaluation.rows()).hasSize(3);
        assertThat(evaluation.rows()).allSatisfy(r -> assertThat(r.complete()).isTrue());
        var contracts = users.bean(scot.cairn.tendering.ContractService.class).contracts(past.id(), tid, fiona);
        assertThat(contracts.awards()).singleElement().satisfies(a -> {
            assertThat(a.supplier()).isEqualTo("Quarriers");
            assertThat(a.contract().status()).isEqualTo(scot.cairn.tendering.ContractStatus.CONCLUDED);
            assertThat(a.contract().kpiLines()).hasSize(3);
        });
        // Theatre Nemo, which bid, reads its debrief.
        var iain = users.current(DemoUsers.IAIN);
        assertThat(users.bean(scot.cairn.tendering.BidService.class)
                        .bidding(past.id(), tid, iain)
                        .debriefs())
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.successful()).isFalse();
                    assertThat(d.rank()).isEqualTo(3);
                    assertThat(d.bids()).isEqualTo(3);
                    assertThat(d.winner()).isEqualTo("Quarriers");
                    assertThat(d.standstillOver()).isTrue();
                });
        // Its open contracting data runs from the tender to the contract.
        var pack = users.bean(scot.cairn.tendering.OpenContracting.class).recordPackage(past.id(), fiona);
        assertThat(pack.toString()).contains("\"tag\":[\"tender\"]", "\"tag\":[\"award\"]", "\"tag\":[\"contract\"]");
    }

    @Test
    void organisationsFromTheSeedsAreInTheDirectory() {
        assertThat(organisations.search("").stream().map(o -> o.name()))
                .contains(
                        "Falkirk Council",
                        "Falkirk CVS",
                        "Aberdeenshire Council",
                        "Cornerstone",
                        "HMP Barlinnie",
                        "Theatre Nemo");
    }

    private static long months(scot.cairn.partnership.PartnershipView.StageView stage) {
        return ChronoUnit.MONTHS.between(
                stage.plannedStart(), stage.plannedEnd().plusDays(1));
    }
}
