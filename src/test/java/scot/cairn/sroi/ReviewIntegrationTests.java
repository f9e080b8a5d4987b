package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.Stage;
import scot.cairn.partnership.StageDates;
import scot.cairn.platform.AuditEvent;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.English;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class ReviewIntegrationTests {

    static final String NOTE = "Fewer people were reached than forecast because the service started late.";

    @Autowired
    SroiFixture fixture;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewGate gate;

    @Autowired
    AuditTrail audit;

    long id;
    long forecast;
    long evaluation;

    @BeforeEach
    void setUp() {
        id = fixture.partnership();
        forecast = fixture.workedExample(id, AnalysisType.FORECAST);
        fixture.approveJointly(id, forecast);
        // 2025: ends in 2025-Q4 and covers the three quarters before it.
        evaluation = fixture.workedExample(id, AnalysisType.EVALUATIVE);
        fixture.map.addRow(
                id,
                evaluation,
                fixture.version(id, evaluation),
                SroiFixture.row("4", "50", "0", "0", "0", "0", 1),
                fixture.fiona());
    }

    ReviewDetails details(String quarter) {
        return new ReviewDetails(quarter, forecast, evaluation, NOTE);
    }

    @Test
    void aReviewSetsTheEvaluationBesideTheForecastAndIsInTheAuditTrail() {
        var r = reviews.create(id, details("2025-Q4"), fixture.fiona());

        assertThat(r.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(r.quarter()).hasToString("2025-Q4");
        assertThat(r.editable()).isTrue();
        assertThat(r.maySign()).isTrue();
        var c = r.comparison();
        assertThat(c.forecastRatio()).isPresent();
        assertThat(c.ratioDifference()).isPresent();
        assertThat(c.actualValue()).isGreaterThan(c.forecastValue());
        assertThat(c.quantities()).hasSize(1);
        assertThat(c.quantities().get(0).difference()).isEqualByComparingTo("4");
        assertThat(audit.forSubject(ReviewService.SUBJECT, r.id()))
                .extracting(AuditEvent::action)
                .containsExactly("sroi.audit.reviewStarted");
        assertThat(reviews.review(id, r.id(), fixture.sam()).note()).isEqualTo(NOTE);
    }

    @Test
    void onlyOneReviewPerQuarter() {
        reviews.create(id, details("2025-Q4"), fixture.fiona());

        assertThatThrownBy(() -> reviews.create(id, details("2025q4"), fixture.fiona()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsExactly(entry(
                                        "quarter", "There is already a review for 2025-Q4: change that one instead")));
        assertThat(reviews.reviews(id, fixture.fiona())).hasSize(1);
    }

    @Test
    void theForecastMustBeAnApprovedForecastAndTheEvaluationMustFitTheQuarter() {
        long draftForecast = fixture.workedExample(id, AnalysisType.FORECAST);
        long elsewhere = fixture.analysis(fixture.partnership(), AnalysisType.FORECAST);
        String wrongForecast = "Choose an approved forecast analysis of this partnership";

        for (long f : List.of(draftForecast, evaluation, elsewhere)) {
            assertThatThrownBy(() ->
                            reviews.create(id, new ReviewDetails("2025-Q4", f, evaluation, NOTE), fixture.fiona()))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(English.of(e.fieldErrors()))
                                    .containsExactly(entry("forecastId", wrongForecast)));
        }
        assertThatThrownBy(() ->
                        reviews.create(id, new ReviewDetails("2025-Q4", forecast, forecast, NOTE), fixture.fiona()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsExactly(
                                        entry("evaluativeId", "Choose an evaluative analysis of this partnership")));
        assertThatThrownBy(() -> reviews.create(id, details("2026-Q1"), fixture.fiona()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsExactly(entry(
                                        "evaluativeId",
                                        "The evaluative analysis must end in 2026-Q1 or cover the whole of it")));
        assertThatThrownBy(() -> reviews.create(id, new ReviewDetails("2025-07", null, null, " "), fixture.fiona()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsOnlyKeys("quarter", "forecastId", "evaluativeId", "note")
                                .containsEntry("quarter", "Enter the quarter like 2026-Q3")
                                .containsEntry("note", "Explain the differences in the review note"));
        assertThat(reviews.reviews(id, fixture.fiona())).isEmpty();
    }

    @Test
    void signedOffOncePublicAndThirdSectorHaveSignedThenLocked() {
        var r = reviews.create(id, details("2025-Q3"), fixture.fiona());

        var afterFiona = reviews.sign(
                id, r.id(), reviews.review(id, r.id(), fixture.fiona()).version(), fixture.fiona());
        assertThat(afterFiona.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(afterFiona.viewerHasSigned()).isTrue();
        assertThat(afterFiona.maySign()).isFalse();
        assertThatThrownBy(() -> reviews.sign(
                        id, r.id(), reviews.review(id, r.id(), fixture.fiona()).version(), fixture.fiona()))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo("You have already signed this review"));

        var done = reviews.sign(
                id, r.id(), reviews.review(id, r.id(), fixture.david()).version(), fixture.david());
        assertThat(done.status()).isEqualTo(ReviewStatus.SIGNED_OFF);
        assertThat(done.signedOffAt()).isNotNull();
        assertThat(done.signatures())
                .extracting(s -> s.name(), s -> s.sector())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fiona Reid", Sector.PUBLIC),
                        org.assertj.core.groups.Tuple.tuple("David Kerr", Sector.THIRD));
        assertThat(done.editable()).isFalse();

        assertThatThrownBy(() -> reviews.update(id, r.id(), done.version(), details("2025-Q3"), fixture.fiona()))
                .isInstanceOf(ReviewLockedException.class)
                .hasMessage(SroiReview.LOCKED);
        var events = audit.forSubject(ReviewService.SUBJECT, r.id());
        assertThat(events)
                .extracting(AuditEvent::action)
                .containsExactly("sroi.audit.reviewSigned", "sroi.audit.reviewSigned", "sroi.audit.reviewStarted");
        assertThat(events.get(0).changes())
                .contains(
                        "sroi.audit.signedBy: (none) -> David Kerr",
                        "sroi.audit.status: sroi.reviewStatus.DRAFT -> sroi.reviewStatus.SIGNED_OFF");
    }

    @Test
    void aSignedOffReviewKeepsTheFiguresItWasSignedOnWhateverChangesLater() {
        var r = reviews.create(id, details("2025-Q4"), fixture.fiona());
        sign(r.id(), fixture.fiona());
        var signedOff = sign(r.id(), fixture.david());
        assertThat(signedOff.signedOff()).isTrue();
        var ratio = signedOff.comparison().actualRatio().orElseThrow();
        var quantities = signedOff.comparison().quantities();

        // The evaluation is still a draft: it changes after the board signed the review.
        fixture.map.addRow(
                id,
                evaluation,
                fixture.version(id, evaluation),
                SroiFixture.row("400", "500", "0", "0", "0", "0", 3),
                fixture.fiona());
        assertThat(fixture.sroi
                        .analysis(id, evaluation, fixture.fiona())
                        .lastCalculation()
                        .ratio())
                .isNotEqualByComparingTo(ratio);

        var later = reviews.review(id, r.id(), fixture.sam());
        assertThat(later.comparison().actualRatio().orElseThrow()).isEqualByComparingTo(ratio);
        assertThat(later.comparison().quantities())
                .extracting(ForecastComparison.Line::label)
                .containsExactlyElementsOf(
                        quantities.stream().map(ForecastComparison.Line::label).toList());
    }

    @Test
    void figuresThatChangeBetweenTwoSignaturesWithdrawTheFirst() {
        var r = reviews.create(id, details("2025-Q4"), fixture.fiona());
        sign(r.id(), fixture.fiona());
        fixture.map.addRow(
                id,
                evaluation,
                fixture.version(id, evaluation),
                SroiFixture.row("40", "50", "0", "0", "0", "0", 1),
                fixture.fiona());

        var afterDavid = sign(r.id(), fixture.david());

        assertThat(afterDavid.signedOff()).as("Fiona signed other figures").isFalse();
        assertThat(afterDavid.signatures())
                .singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("David Kerr"));
        assertThat(audit.forSubject(ReviewService.SUBJECT, r.id()).get(0).changes())
                .contains("sroi.audit.figuresChanged");
        assertThat(sign(r.id(), fixture.fiona()).signedOff()).isTrue();
    }

    private SroiReviewView sign(long reviewId, scot.cairn.identity.CurrentUser who) {
        return reviews.sign(id, reviewId, reviews.review(id, reviewId, who).version(), who);
    }

    @Test
    void editingADraftWithdrawsSignaturesAndAStaleVersionIsRefused() {
        var r = reviews.create(id, details("2025-Q4"), fixture.fiona());
        var signed = reviews.sign(
                id, r.id(), reviews.review(id, r.id(), fixture.fiona()).version(), fixture.fiona());

        var changed = reviews.update(
                id,
                r.id(),
                signed.version(),
                new ReviewDetails("2025-Q4", forecast, evaluation, "Better note"),
                fixture.fiona());

        assertThat(changed.signatures()).isEmpty();
        assertThat(changed.note()).isEqualTo("Better note");
        var last = audit.forSubject(ReviewService.SUBJECT, r.id()).get(0);
        assertThat(last.action()).isEqualTo("sroi.audit.reviewChanged");
        assertThat(last.changes())
                .containsExactly("sroi.audit.note: " + NOTE + " -> Better note", "sroi.audit.signaturesWithdrawn");

        assertThatThrownBy(() -> reviews.update(id, r.id(), signed.version(), details("2025-Q4"), fixture.fiona()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(reviews.review(id, r.id(), fixture.fiona()).note()).isEqualTo("Better note");
    }

    @Test
    void observersReadButNeitherWriteNorSignOutsidersSeeNothingNonBoardMembersDoNotSign() {
        var r = reviews.create(id, details("2025-Q4"), fixture.fiona());
        var sam = fixture.sam();

        assertThat(reviews.review(id, r.id(), sam).maySign()).isFalse();
        assertThatThrownBy(() -> reviews.create(id, details("2025-Q3"), sam)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        reviews.sign(id, r.id(), reviews.review(id, r.id(), sam).version(), sam))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(PartnershipScope.OBSERVERS_READ);

        var iain = fixture.users.current(DemoUsers.IAIN);
        assertThatThrownBy(() -> reviews.review(id, r.id(), iain)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.sign(
                        id, r.id(), reviews.review(id, r.id(), iain).version(), iain))
                .isInstanceOf(NotFoundException.class);

        fixture.membership.setMember(id, DemoUsers.IAIN, MemberRole.MEMBER, fixture.fiona());
        assertThatThrownBy(() -> reviews.sign(
                        id,
                        r.id(),
                        reviews.review(id, r.id(), fixture.users.current(DemoUsers.IAIN))
                                .version(),
                        fixture.users.current(DemoUsers.IAIN)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(PartnershipScope.BOARD_ONLY);
        assertThat(audit.forSubject(ReviewService.SUBJECT, r.id())).hasSize(1);
    }

    @Test
    void theGateNeedsASignedOffReviewForEveryCompletedPilotQuarter() {
        assertThat(gate.appliesTo(Stage.PILOT)).isTrue();
        assertThat(gate.appliesTo(Stage.DESIGN)).isFalse();
        var undated = gate.evaluate(id);
        assertThat(undated.met()).isFalse();
        assertThat(undated.reason()).contains("no start date");

        var fiona = fixture.fiona();
        var future = LocalDate.now().plusMonths(1);
        fixture.partnerships.planStages(
                id,
                fixture.partnerships.get(id, fiona).version(),
                List.of(new StageDates(Stage.PILOT, future, future.plusYears(1), future, future.plusYears(1))),
                fiona);
        var notYet = gate.evaluate(id);
        assertThat(notYet.met())
                .as("a pilot with no quarter over has nothing reviewed to show")
                .isFalse();
        assertThat(notYet.reason())
                .isEqualTo("No pilot quarter has ended yet: the pilot needs at least one reviewed quarter to show.");

        int version = fixture.partnerships.get(id, fiona).version();
        fixture.partnerships.planStages(
                id,
                version,
                List.of(new StageDates(
                        Stage.PILOT,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31))),
                fiona);
        var none = gate.evaluate(id);
        assertThat(none.met()).isFalse();
        assertThat(none.reason())
                .startsWith("Still needs a signed-off review for quarters 2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4");

        for (var q : List.of("2025-Q1", "2025-Q2", "2025-Q3")) {
            var r = reviews.create(id, details(q), fiona);
            reviews.sign(id, r.id(), reviews.review(id, r.id(), fiona).version(), fiona);
            reviews.sign(id, r.id(), reviews.review(id, r.id(), fixture.david()).version(), fixture.david());
        }
        var draft = reviews.create(id, details("2025-Q4"), fiona);
        var oneLeft = gate.evaluate(id);
        assertThat(oneLeft.met()).isFalse();
        assertThat(oneLeft.reason()).isEqualTo("Still needs a signed-off review for quarter 2025-Q4.");
        var overview = reviews.overview(id, fixture.sam());
        assertThat(overview.quarters())
                .extracting(l -> l.quarter().toString(), l -> l.state())
                .startsWith(org.assertj.core.groups.Tuple.tuple("2025-Q4", ReviewOverview.State.DRAFT))
                .contains(org.assertj.core.groups.Tuple.tuple("2025-Q1", ReviewOverview.State.SIGNED_OFF));

        reviews.sign(id, draft.id(), reviews.review(id, draft.id(), fiona).version(), fiona);
        reviews.sign(
                id, draft.id(), reviews.review(id, draft.id(), fixture.david()).version(), fixture.david());
        var met = gate.evaluate(id);
        assertThat(met.met()).isTrue();
        assertThat(met.reason()).contains("each of the 4 completed pilot quarters");
    }

    @Test
    void theListShowsCompletedPilotQuartersWithoutAReviewAsNeedingOne() {
        var fiona = fixture.fiona();
        fixture.partnerships.planStages(
                id,
                fixture.partnerships.get(id, fiona).version(),
                List.of(new StageDates(
                        Stage.PILOT,
                        LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 9, 30),
                        LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 9, 30))),
                fiona);

        var overview = reviews.overview(id, fiona);

        assertThat(overview.pilotDated()).isTrue();
        assertThat(overview.quarters())
                .extracting(l -> l.quarter().toString(), l -> l.state())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025-Q3", ReviewOverview.State.NEEDS_REVIEW),
                        org.assertj.core.groups.Tuple.tuple("2025-Q2", ReviewOverview.State.NEEDS_REVIEW));
    }
}
