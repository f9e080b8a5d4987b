package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.directory.Sector;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffService;
import scot.cairn.platform.English;
import scot.cairn.platform.NotFoundException;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.ReviewDetails;
import scot.cairn.sroi.ReviewService;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * Each kind of to-do item through the real services, in a fresh partnership where Fiona (public sector) and David
 * (third sector) sit on the board, Fiona manages, David is a member without a role and Sam observes: it appears for
 * the people who may act, not for observers or outsiders, moves to "waiting on others" after one's half of a joint
 * approval, and disappears when done.
 */
@CairnTest
class ToDoIntegrationTests {

    static final Period QUARTER = Period.ofQuarter(2025, 4);

    @Autowired
    ToDoService todo;

    @Autowired
    SroiFixture fixture;

    @Autowired
    DemoUsers users;

    @Autowired
    DocumentService documents;

    @Autowired
    DecisionService decisions;

    @Autowired
    SignoffService signoffs;

    @Autowired
    ReviewService reviews;

    @Autowired
    GateService gates;

    @Autowired
    GroupService groups;

    @Autowired
    PartnershipScope scope;

    long id;
    CurrentUser fiona;
    CurrentUser david;
    CurrentUser sam;

    @BeforeEach
    void setUp() {
        id = fixture.partnership();
        fiona = fixture.fiona();
        david = fixture.david();
        sam = fixture.sam();
    }

    List<WorkKind> yours(CurrentUser user) {
        return todo.forPartnership(id, user).waitingOnYou().stream()
                .map(ToDoItem::kind)
                .toList();
    }

    List<WorkKind> others(CurrentUser user) {
        return todo.forPartnership(id, user).waitingOnOthers().stream()
                .map(ToDoItem::kind)
                .toList();
    }

    void nothingFor(CurrentUser user) {
        assertThat(todo.forPartnership(id, user).isEmpty()).isTrue();
    }

    @Test
    void thePidWaitsOnEachSectorUntilBothApproved() {
        var draft =
                documents.save(id, DocumentKind.PID, 0, null, GovernanceFixture.text(DocumentKind.PID, "plan"), fiona);
        var colleague = publicSectorBoardMember();

        assertThat(yours(fiona)).containsExactly(WorkKind.APPROVE_PID);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_PID);
        assertThat(yours(colleague)).containsExactly(WorkKind.APPROVE_PID);
        nothingFor(sam);
        assertThatThrownBy(() -> todo.forPartnership(id, users.current(DemoUsers.IAIN)))
                .isInstanceOf(NotFoundException.class);
        var item = todo.forPartnership(id, fiona).waitingOnYou().get(0);
        assertThat(English.of(item.what())).isEqualTo("Approve the PID, version 1");
        assertThat(item.href()).isEqualTo("/partnerships/" + id + "/governance/documents/pid/versions/1");

        var signed = documents.sign(id, DocumentKind.PID, 1, draft.version(), fiona);

        assertThat(yours(fiona)).isEmpty();
        assertThat(others(fiona)).containsExactly(WorkKind.APPROVE_PID);
        assertThat(English.of(
                        todo.forPartnership(id, fiona).waitingOnOthers().get(0).what()))
                .isEqualTo("PID version 1: Still needs approval from a third-sector board member.");
        assertThat(yours(colleague)).as("the public sector has approved").isEmpty();
        assertThat(others(colleague)).containsExactly(WorkKind.APPROVE_PID);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_PID);
        assertThat(todo.forPerson(colleague).waitingOnOthers())
                .extracting(ToDoItem::partnershipId, ToDoItem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, WorkKind.APPROVE_PID));

        documents.sign(id, DocumentKind.PID, 1, signed.version(), david);

        nothingFor(fiona);
        nothingFor(david);
        nothingFor(colleague);
    }

    @Test
    void theMouWaitsOnEachCorePartnersSponsorUntilSigned() {
        fixture.governance().sponsors(id);
        var draft = documents.save(
                id, DocumentKind.MOU, 0, null, GovernanceFixture.text(DocumentKind.MOU, "agreed"), fiona);

        assertThat(yours(fiona)).containsExactly(WorkKind.SIGN_MOU);
        assertThat(yours(david)).containsExactly(WorkKind.SIGN_MOU);
        nothingFor(sam);

        var signed = documents.sign(id, DocumentKind.MOU, 1, draft.version(), fiona);

        assertThat(yours(fiona)).isEmpty();
        assertThat(others(fiona)).containsExactly(WorkKind.SIGN_MOU);
        assertThat(yours(david)).containsExactly(WorkKind.SIGN_MOU);

        documents.sign(id, DocumentKind.MOU, 1, signed.version(), david);

        nothingFor(fiona);
        nothingFor(david);
    }

    @Test
    void aJointDecisionWaitsOnBothSectorsAndAnOrdinaryOneOnAnyBoardMember() {
        var joint = decisions.propose(id, null, decision(true), fiona);

        assertThat(yours(fiona)).containsExactly(WorkKind.APPROVE_DECISION);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_DECISION);
        nothingFor(sam);
        var item = todo.forPartnership(id, david).waitingOnYou().get(0);
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(item.overdue()).isTrue();
        assertThat(item.href()).isEqualTo("/partnerships/" + id + "/governance/decisions/" + joint.id());

        var approved = decisions.approve(id, joint.id(), joint.version(), fiona);

        assertThat(others(fiona)).containsExactly(WorkKind.APPROVE_DECISION);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_DECISION);
        decisions.approve(id, joint.id(), approved.version(), david);
        nothingFor(fiona);
        nothingFor(david);

        var ordinary = decisions.propose(id, null, decision(false), fiona);
        assertThat(yours(fiona)).containsExactly(WorkKind.APPROVE_DECISION);
        decisions.approve(id, ordinary.id(), ordinary.version(), david);
        nothingFor(fiona);
        nothingFor(david);
    }

    @Test
    void anEndedPeriodWaitsOnWhoeverEditsEvidenceThenOnTheBoard() {
        long indicator = fixture.indicator(id);
        fixture.enter(id, indicator, QUARTER, "5");

        assertThat(yours(fiona)).containsExactly(WorkKind.SUBMIT_PERIOD);
        assertThat(yours(david))
                .as("a member without a role only reads evidence")
                .isEmpty();
        nothingFor(sam);
        var submit = todo.forPartnership(id, fiona).waitingOnYou().get(0);
        assertThat(submit.due()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(submit.href()).isEqualTo("/partnerships/" + id + "/outcomes/measurements?period=2025-Q4");

        signoffs.submit(id, QUARTER, fiona);

        assertThat(yours(fiona)).containsExactly(WorkKind.APPROVE_PERIOD);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_PERIOD);
        nothingFor(sam);
        assertThat(todo.forPartnership(id, david).waitingOnYou().get(0).due()).isEqualTo(LocalDate.of(2026, 3, 1));

        signoffs.approve(
                id, QUARTER, signoffs.signoff(id, QUARTER, fiona).orElseThrow().version(), fiona);

        assertThat(others(fiona)).containsExactly(WorkKind.APPROVE_PERIOD);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_PERIOD);

        signoffs.approve(
                id, QUARTER, signoffs.signoff(id, QUARTER, david).orElseThrow().version(), david);

        nothingFor(fiona);
        nothingFor(david);
    }

    @Test
    void aValueRecordedOnItsOwnAlsoMakesItsPeriodWaitUntilSubmitted() {
        long indicator = fixture.indicator(id);
        fixture.record(id, indicator, QUARTER, "7");

        assertThat(yours(fiona)).containsExactly(WorkKind.SUBMIT_PERIOD);

        signoffs.submit(id, QUARTER, fiona);
        fixture.approveJointly(id, QUARTER);
        fixture.record(id, fixture.indicator(id), QUARTER, "3");

        assertThat(yours(fiona))
                .as("a value added to an approved period withdraws the approvals: it waits for the board again,"
                        + " not for a second submission")
                .containsExactly(WorkKind.APPROVE_PERIOD);
    }

    @Test
    void aCalculatedSroiAnalysisWaitsForTheBoard() {
        long analysis = fixture.workedExample(id, AnalysisType.FORECAST);

        assertThat(yours(fiona)).containsExactly(WorkKind.APPROVE_ANALYSIS);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_ANALYSIS);
        nothingFor(sam);

        fixture.sroi.approve(id, analysis, fixture.version(id, analysis), fiona);
        assertThat(others(fiona)).containsExactly(WorkKind.APPROVE_ANALYSIS);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_ANALYSIS);

        fixture.sroi.approve(id, analysis, fixture.version(id, analysis), david);
        nothingFor(fiona);
        nothingFor(david);
    }

    @Test
    void aReviewWaitsForTheBoardsSignOff() {
        long forecast = fixture.workedExample(id, AnalysisType.FORECAST);
        fixture.approveJointly(id, forecast);
        long evaluation = fixture.workedExample(id, AnalysisType.EVALUATIVE);
        fixture.approveJointly(id, evaluation);
        var review = reviews.create(id, new ReviewDetails("2025-Q4", forecast, evaluation, "Late start."), fiona);

        assertThat(yours(fiona)).containsExactly(WorkKind.SIGN_REVIEW);
        assertThat(yours(david)).containsExactly(WorkKind.SIGN_REVIEW);
        nothingFor(sam);
        assertThat(todo.forPartnership(id, fiona).waitingOnYou().get(0).due()).isEqualTo(LocalDate.of(2026, 3, 1));

        var signed = reviews.sign(id, review.id(), review.version(), fiona);
        assertThat(others(fiona)).containsExactly(WorkKind.SIGN_REVIEW);
        assertThat(yours(david)).containsExactly(WorkKind.SIGN_REVIEW);

        reviews.sign(id, review.id(), signed.version(), david);
        nothingFor(fiona);
        nothingFor(david);
    }

    @Test
    void aGateDoesNotWaitWhileTheMouIsUnwritten() {
        var view = gates.assessment(id, fiona);
        var answers = java.util.Arrays.stream(AssessmentQuestion.values())
                .map(q -> new AssessmentView.Answer(q, "Evidence", Rating.STRONG))
                .toList();
        gates.assess(id, view.version(), new AssessmentView.Decided(answers, Decision.GO, "Go.", null), fiona);

        assertThat(yours(fiona))
                .as("the assessment says go but no MoU is signed")
                .isEmpty();
        assertThat(yours(david)).isEmpty();
    }

    @Test
    void aGateWaitsForTheBoardOnceEveryCriterionIsMet() {
        fixture.governance().signMou(id);
        assertThat(yours(fiona)).as("the assessment does not say go yet").isEmpty();

        var view = gates.assessment(id, fiona);
        var answers = java.util.Arrays.stream(AssessmentQuestion.values())
                .map(q -> new AssessmentView.Answer(q, "Evidence", Rating.STRONG))
                .toList();
        gates.assess(id, view.version(), new AssessmentView.Decided(answers, Decision.GO, "Go.", null), fiona);

        assertThat(yours(fiona)).containsExactly(WorkKind.APPROVE_GATE);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_GATE);
        nothingFor(sam);
        assertThat(English.of(
                        todo.forPartnership(id, fiona).waitingOnYou().get(0).what()))
                .isEqualTo("Approve leaving Explore for Design: every criterion of the gate is met");

        gates.approve(id, fiona);
        assertThat(others(fiona)).containsExactly(WorkKind.APPROVE_GATE);
        assertThat(yours(david)).containsExactly(WorkKind.APPROVE_GATE);

        gates.approve(id, david);
        nothingFor(fiona);
        nothingFor(david);
    }

    @Test
    void nextStepsAreTheNextGatesCriteriaWithWhereEachIsMet() {
        var steps = todo.nextSteps(id, sam);

        assertThat(steps)
                .extracting(NextStep::href)
                .contains(
                        "/partnerships/" + id + "/assessment",
                        "/partnerships/" + id + "/governance/documents/mou",
                        "/partnerships/" + id + "/gate");
        assertThat(steps).noneMatch(NextStep::done);

        fixture.governance().signMou(id);

        assertThat(todo.nextSteps(id, sam))
                .filteredOn(s -> s.href().endsWith("/governance/documents/mou"))
                .singleElement()
                .satisfies(s -> assertThat(s.done()).isTrue());
        assertThat(todo.nextSteps(id, sam))
                .filteredOn(s -> s.href().endsWith("/assessment"))
                .singleElement()
                .satisfies(s -> assertThat(s.done()).isFalse());
    }

    @Test
    void aDeskAnswersAsTheAccessModelDoesForEachPartnership() {
        fixture.governance().sponsors(id);
        for (var who : List.of(fiona, david)) {
            var access = scope.requireRead(id, who);
            var place = scope.desk(who).place(id).orElseThrow();
            assertThat(place.seat()).isEqualTo(access.seat());
            assertThat(place.roles()).isEqualTo(access.roles()).contains(Role.SENIOR_SPONSOR);
            for (var editors : Editors.values()) {
                assertThat(place.mayEdit(editors)).as(editors.name()).isEqualTo(access.mayEdit(editors));
            }
            assertThat(place.mayApprove()).isTrue();
        }
        assertThat(scope.desk(sam).place(id)).as("observers act on nothing").isEmpty();
        assertThat(scope.desk(nobody()).isEmpty()).isTrue();
    }

    @Test
    void demoPeopleWhoTakePartHaveSomethingOnTheirList() {
        for (var email : List.of(DemoUsers.FIONA, DemoUsers.DAVID, DemoUsers.SAM)) {
            assertThat(todo.forPerson(users.current(email)).waitingOnYou())
                    .as(email)
                    .isNotEmpty();
        }
        assertThat(todo.forPerson(nobody()).isEmpty()).isTrue();
    }

    /** Someone new, in no partnership (a demo person may have been added to one by another test). */
    CurrentUser nobody() {
        var person = fixture.governance().person(null);
        return new CurrentUser(0, person.id(), person.fullName(), person.email(), null, null, false);
    }

    /** A new Falkirk Council officer on the board, who takes part as a member. */
    CurrentUser publicSectorBoardMember() {
        var person = fixture.governance().member(id, "Falkirk Council");
        long board = groups.groups(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseThrow()
                .id();
        groups.addMember(id, board, MemberDetails.of(person.email(), false), fiona);
        return new CurrentUser(
                0,
                person.id(),
                person.fullName(),
                person.email(),
                fixture.governance().org("Falkirk Council"),
                Sector.PUBLIC,
                false);
    }

    static DecisionDetails decision(boolean joint) {
        return new DecisionDetails(
                scot.cairn.support.Unique.name("Decision"),
                "The board met.",
                null,
                "Go ahead.",
                LocalDate.of(2026, 1, 15),
                joint,
                null,
                null,
                null);
    }
}
