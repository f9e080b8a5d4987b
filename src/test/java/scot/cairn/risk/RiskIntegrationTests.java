package scot.cairn.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.ToDoService;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.PlatformClock;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Fiona manages the partnership, David is a member and Sam an observer; Morven is not in it. */
@CairnTest
class RiskIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    MembershipService membership;

    @Autowired
    RiskService risks;

    @Autowired
    ToDoService toDo;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    long id;
    CurrentUser fiona;
    CurrentUser david;
    CurrentUser sam;
    CurrentUser morven;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        fiona = users.current(DemoUsers.FIONA);
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, fiona);
        david = users.current(DemoUsers.DAVID);
        sam = users.current(DemoUsers.SAM);
        morven = users.current(DemoUsers.MORVEN);
    }

    RiskDetails details(String title, long owner, int likelihood, int impact, boolean escalate, RiskStatus status) {
        return new RiskDetails(
                RiskKind.RISK,
                title,
                "Why it matters.",
                RiskCategory.DELIVERY,
                owner,
                likelihood,
                impact,
                Proximity.WITHIN_THREE_MONTHS,
                RiskResponse.REDUCE,
                2,
                3,
                escalate,
                today().plusDays(14),
                status);
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void aManagerRaisesItemsAndTheBoardSeesThoseAboveTheToleranceOrMarked() {
        var severe = risks.raise(id, details("Venue lost", david.personId(), 4, 5, false, null), fiona);
        risks.raise(id, details("Tolerable", david.personId(), 3, 5, false, null), fiona);
        var marked = risks.raise(id, details("Press interest", fiona.personId(), 1, 2, true, null), fiona);

        var register = risks.register(id, sam);
        assertThat(register.risks()).extracting(RiskView::reference).containsExactly("R-1", "R-2", "R-3");
        assertThat(register.forBoard()).extracting(RiskView::title).containsExactly("Venue lost", "Press interest");
        assertThat(register.heatMap()[0][3]).as("impact 5, likelihood 4").isEqualTo(1);
        assertThat(severe.band()).isEqualTo(RiskScore.Band.SEVERE);
        assertThat(severe.ownerName()).isEqualTo(david.fullName());
        assertThat(marked.residualScore()).isEqualTo(6);
        assertThat(audit.forSubject(RiskService.SUBJECT, severe.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.changes()).contains("R-1 Venue lost"));
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndNothingIsSaved() {
        var bad = new RiskDetails(
                null, " ", null, null, morven.personId(), 0, 6, null, null, 3, null, false, today().minusDays(1), null);

        assertThatThrownBy(() -> risks.raise(id, bad, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys(
                                        "kind",
                                        "title",
                                        "category",
                                        "ownerId",
                                        "likelihood",
                                        "impact",
                                        "proximity",
                                        "response",
                                        "nextReview",
                                        "residualImpact")
                                .hasEntrySatisfying(
                                        "ownerId", m -> assertThat(m.key()).isEqualTo("risk.edit.ownerNotMember")));
        assertThatThrownBy(() -> risks.raise(id, details("Observer owns", sam.personId(), 1, 1, false, null), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("ownerId"));
        assertThat(risks.register(id, fiona).risks()).isEmpty();
    }

    @Test
    void membersAndObserversReadOnlyAndOutsidersGetNotFound() {
        assertThatThrownBy(() -> risks.raise(id, details("Mine", david.personId(), 1, 1, false, null), david))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> risks.raise(id, details("Mine", sam.personId(), 1, 1, false, null), sam))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> risks.register(id, morven)).isInstanceOf(NotFoundException.class);
        var r = risks.raise(id, details("Venue lost", david.personId(), 4, 5, false, null), fiona);
        assertThatThrownBy(() -> risks.risk(id, r.id(), morven)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> risks.risk(governance.newPartnership(), r.id(), fiona))
                .as("an item of another partnership")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOwnerReviewsTheirOwnItemAndTheHistoryShowsHowTheScoreMoved() {
        var r = risks.raise(id, details("Venue lost", david.personId(), 4, 5, false, null), fiona);
        var other = risks.raise(id, details("Other", fiona.personId(), 2, 2, false, null), fiona);

        var reviewed = risks.review(
                id,
                r.id(),
                r.version(),
                new ReviewDetails(today(), 2, 5, 1, 5, "Second venue booked.", today().plusDays(30)),
                david);

        assertThat(reviewed.score()).isEqualTo(10);
        assertThat(reviewed.forBoard()).isFalse();
        assertThat(reviewed.reviews()).singleElement().satisfies(v -> {
            assertThat(v.reviewerName()).isEqualTo(david.fullName());
            assertThat(v.score()).isEqualTo(10);
            assertThat(v.note()).isEqualTo("Second venue booked.");
        });
        assertThatThrownBy(() -> risks.review(
                        id,
                        other.id(),
                        other.version(),
                        new ReviewDetails(today(), 1, 1, null, null, null, today().plusDays(1)),
                        david))
                .as("David does not own the other item")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> risks.review(
                        id,
                        r.id(),
                        r.version(),
                        new ReviewDetails(today(), 1, 1, null, null, null, today().plusDays(1)),
                        david))
                .as("the version read before the first review")
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> risks.review(
                        id,
                        r.id(),
                        reviewed.version(),
                        new ReviewDetails(today().plusDays(1), 1, 1, null, null, null, today().plusDays(2)),
                        david))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("reviewedOn"));
        assertThat(risks.risk(id, r.id(), sam).reviews()).hasSize(1);
    }

    @Test
    void twoPeopleChangingOneItemAtOnce() {
        var r = risks.raise(id, details("Venue lost", david.personId(), 4, 5, false, null), fiona);
        risks.change(
                id,
                r.id(),
                r.version(),
                details("Venue lost in May", david.personId(), 4, 5, false, RiskStatus.OPEN),
                fiona);

        assertThatThrownBy(() -> risks.change(
                        id,
                        r.id(),
                        r.version(),
                        details("Venue gone", david.personId(), 5, 5, false, RiskStatus.OPEN),
                        fiona))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(risks.risk(id, r.id(), fiona).title()).isEqualTo("Venue lost in May");
    }

    @Test
    void anOverdueReviewWaitsOnTheOwner() {
        var weeksAgo = Instant.now().minus(Duration.ofDays(21));
        var d = details("Venue lost", david.personId(), 4, 5, false, null);
        var weekAfter = new RiskDetails(
                d.kind(),
                d.title(),
                d.description(),
                d.category(),
                d.ownerId(),
                d.likelihood(),
                d.impact(),
                d.proximity(),
                d.response(),
                d.residualLikelihood(),
                d.residualImpact(),
                false,
                today().minusDays(14),
                null);
        var r = PlatformClock.asOf(weeksAgo, () -> risks.raise(id, weekAfter, fiona));

        assertThat(risks.risk(id, r.id(), fiona).reviewOverdue()).isTrue();
        assertThat(toDo.forPerson(david).waitingOnYou())
                .filteredOn(i -> i.partnershipId() == id)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(WorkKind.REVIEW_RISK);
                    assertThat(i.href()).isEqualTo("/partnerships/" + id + "/risks/" + r.id());
                    assertThat(i.overdue()).isTrue();
                });
        assertThat(toDo.forPartnership(id, fiona).waitingOnYou())
                .as("Fiona does not own it")
                .isEmpty();

        risks.review(
                id,
                r.id(),
                r.version(),
                new ReviewDetails(today(), 3, 5, null, null, null, today().plusDays(30)),
                david);
        assertThat(toDo.forPartnership(id, david).waitingOnYou()).isEmpty();
    }

    @Autowired
    scot.cairn.governance.DecisionService decisions;

    scot.cairn.governance.DecisionDetails decisionOn(Long risk) {
        return new scot.cairn.governance.DecisionDetails(
                "Move the venue", "The hall closes.", null, "Use the CVS hall.", today(), false, null, null, risk);
    }

    @Test
    void aDecisionNamesAnItemOfThisPartnershipsRegisterOrIsRefused() {
        var r = risks.raise(id, details("Venue lost", david.personId(), 4, 5, false, null), fiona);
        long other = governance.newPartnership();

        assertThatThrownBy(() -> decisions.propose(id, null, decisionOn(2L), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("riskId"));
        assertThatThrownBy(() -> decisions.propose(other, null, decisionOn(1L), fiona))
                .as("R-1 of another partnership")
                .isInstanceOf(InvalidInputException.class);
        var d = decisions.propose(id, null, decisionOn(1L), fiona);

        assertThat(d.riskTitle()).isEqualTo("Venue lost");
        assertThat(risks.idOf(id, 1, sam)).isEqualTo(r.id());
        assertThatThrownBy(() -> jdbc.update("update governance_decision set risk_id = 9 where id = ?", d.id()))
                .as("the database holds the link too")
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aBoardMemberSetsTheToleranceAndTheBoardsListFollowsIt() {
        governance.board(id);
        risks.raise(id, details("Tolerable", david.personId(), 3, 4, false, null), fiona);
        assertThat(risks.register(id, fiona).forBoard()).isEmpty();
        var standard = risks.tolerance(id, fiona);
        assertThat(standard.tolerance()).isEqualTo(RiskScore.DEFAULT_TOLERANCE);

        assertThatThrownBy(() -> risks.setTolerance(id, standard.version(), 10, sam))
                .as("Sam only observes")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> risks.setTolerance(id, standard.version(), 26, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("tolerance"));
        var set = risks.setTolerance(id, standard.version(), 10, fiona);

        assertThat(set.tolerance()).isEqualTo(10);
        assertThat(risks.register(id, sam).forBoard())
                .extracting(RiskView::title)
                .containsExactly("Tolerable");
        assertThatThrownBy(() -> risks.setTolerance(id, standard.version(), 12, fiona))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(risks.setTolerance(id, set.version(), 12, fiona).tolerance()).isEqualTo(12);
    }

    @Test
    void anActionDueWaitsOnItsOwnerUntilDone() {
        var r = risks.raise(id, details("Venue lost", fiona.personId(), 4, 5, false, null), fiona);
        assertThatThrownBy(() -> risks.addAction(
                        id, r.id(), r.version(), new ActionDetails(" ", sam.personId(), today().minusDays(1)), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("description", "ownerId", "due"));
        assertThatThrownBy(() -> risks.addAction(
                        id, r.id(), r.version(), new ActionDetails("Book a hall", david.personId(), today()), david))
                .as("David neither owns the item nor changes the register")
                .isInstanceOf(ForbiddenException.class);

        var withAction = risks.addAction(
                id, r.id(), r.version(), new ActionDetails("Book a hall", david.personId(), today()), fiona);
        assertThat(toDo.forPartnership(id, david).waitingOnYou())
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(WorkKind.RISK_ACTION);
                    assertThat(i.href()).isEqualTo("/partnerships/" + id + "/risks/" + r.id());
                });

        var done = risks.completeAction(id, r.id(), 1, withAction.version(), david);
        assertThat(done.actions())
                .singleElement()
                .satisfies(a -> assertThat(a.doneOn()).isEqualTo(today()));
        assertThat(toDo.forPartnership(id, david).waitingOnYou()).isEmpty();
        assertThat(audit.forSubject(RiskService.SUBJECT, r.id()))
                .extracting(scot.cairn.platform.AuditEvent::action)
                .contains("risk.audit.actionAdded", "risk.audit.actionDone");
    }

    @Test
    void theRegisterHoldsAtMostFiveHundredItems() {
        jdbc.batchUpdate(
                """
                insert into risk_risk (version, partnership_id, number, kind, title, category, owner_id, likelihood,
                    impact, proximity, response, escalate, next_review, status, raised_by, raised_at)
                values (0, ?, ?, 'RISK', 'Generated', 'OTHER', ?, 1, 1, 'LATER', 'ACCEPT', false, ?, 'OPEN', ?, ?)""",
                java.util.stream.IntStream.rangeClosed(1, RiskLimits.RISKS.max())
                        .mapToObj(n -> new Object[] {
                            id,
                            n,
                            david.personId(),
                            java.sql.Date.valueOf(today().plusDays(7)),
                            fiona.personId(),
                            java.sql.Timestamp.from(Instant.now())
                        })
                        .toList());

        assertThatThrownBy(() -> risks.raise(id, details("One more", david.personId(), 1, 1, false, null), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("risk.limit.risks"));
    }
}
