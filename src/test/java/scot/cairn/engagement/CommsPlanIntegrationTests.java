package scot.cairn.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.ToDoService;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.PdfText;

/** Fiona (manager) writes the plan; David sits on the communications group and owns an activity; Morven is outside. */
@CairnTest
class CommsPlanIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    CommsPlanService plans;

    @Autowired
    CommsDownloads downloads;

    @Autowired
    GroupService groups;

    @Autowired
    ToDoService toDo;

    @Autowired
    AuditTrail audit;

    long id;
    CurrentUser fiona;
    CurrentUser david;
    LocalDate today;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    PlanDetails details() {
        return new PlanDetails(
                "Keep carers and providers told, fairly and at the same time.",
                "Board\nCarers’ forum\n\n",
                "Providers who may bid\nThe public",
                "Foster carers shape the service\nEvery provider hears the same, at the same time",
                "Newsletter\nPublic page");
    }

    @Test
    void aManagerWritesThePlanTheGroupReviewsItAndAChangeAsksForAnotherReview() {
        assertThat(plans.plan(id, david).version()).isZero();
        assertThatThrownBy(() -> plans.write(id, 0, details(), david)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plans.plan(id, users.current(DemoUsers.MORVEN)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.write(id, null, details(), fiona))
                .isInstanceOf(scot.cairn.platform.VersionRequiredException.class);
        var written = plans.write(id, 0, details(), fiona);
        assertThat(written.audiencesInside()).containsExactly("Board", "Carers’ forum");
        assertThat(written.audiencesOutside()).containsExactly("Providers who may bid", "The public");
        assertThat(written.channels()).containsExactly("Newsletter", "Public page");
        assertThatThrownBy(() -> plans.write(id, 0, details(), fiona)).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> plans.write(
                        id, written.version(), new PlanDetails(null, null, null, "x".repeat(501), null), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("messages").key())
                                .isEqualTo("engagement.plan.lineTooLong"));

        assertThatThrownBy(() -> plans.review(id, written.version(), null, david))
                .as("not in the communications group yet")
                .isInstanceOf(ForbiddenException.class);
        var group = groups.create(id, GroupKind.COMMUNICATIONS, fiona);
        groups.addMember(id, group.id(), MemberDetails.of(DemoUsers.DAVID, false), fiona);
        assertThat(plans.plan(id, david).mayReview()).isTrue();
        var reviewed = plans.review(id, written.version(), "Add local radio.", david);
        assertThat(reviewed.reviewedSinceChanged()).isTrue();
        assertThat(reviewed.reviews()).singleElement().satisfies(r -> {
            assertThat(r.reviewer()).isEqualTo("David Kerr");
            assertThat(r.note()).isEqualTo("Add local radio.");
        });
        var changed = plans.write(
                id,
                reviewed.version(),
                new PlanDetails(
                        details().purpose(),
                        details().audiencesInside(),
                        details().audiencesOutside(),
                        details().messages(),
                        "Newsletter\nPublic page\nLocal radio"),
                fiona);
        assertThat(changed.reviewedSinceChanged()).isFalse();
        assertThat(audit.forPartnership(id))
                .extracting(e -> e.action())
                .contains("engagement.audit.planWritten", "engagement.audit.reviewed");
        var pdf = PdfText.of(downloads.pdf(id, david).content());
        assertThat(pdf)
                .contains("Communications plan", "Providers who may bid", "Local radio", "Reviewed by David Kerr");
    }

    @Test
    void activitiesWaitOnTheirOwnerWhoMovesThemOnButChangesNothingElse() {
        var a = plans.plan(
                id,
                new ActivityDetails(
                        "Bulletin to providers",
                        "Providers who may bid",
                        "Newsletter",
                        david.personId(),
                        today.plusDays(3),
                        null),
                fiona);
        assertThat(a.reference()).isEqualTo("C-1");
        assertThat(a.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(toDo.forPartnership(id, david).waitingOnYou()).anyMatch(i -> i.kind() == WorkKind.COMMS_ACTIVITY);
        assertThatThrownBy(() -> plans.plan(
                        id,
                        new ActivityDetails(
                                " ", null, null, users.current(DemoUsers.MORVEN).personId(), null, null),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("title", "due"));
        assertThatThrownBy(() -> plans.plan(
                        id,
                        new ActivityDetails(
                                "Radio",
                                null,
                                null,
                                users.current(DemoUsers.MORVEN).personId(),
                                today,
                                null),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("ownerId").key())
                                .isEqualTo("engagement.activity.ownerNotMember"));
        assertThatThrownBy(() ->
                        plans.plan(id, new ActivityDetails("Mine", null, null, david.personId(), today, null), david))
                .isInstanceOf(ForbiddenException.class);

        var moved = plans.change(
                id,
                a.id(),
                a.version(),
                new ActivityDetails("Renamed by the owner", null, null, fiona.personId(), today, ActivityStatus.DONE),
                david);
        assertThat(moved.status()).isEqualTo(ActivityStatus.DONE);
        assertThat(moved.title()).as("the owner moves it on only").isEqualTo("Bulletin to providers");
        assertThat(moved.ownerId()).isEqualTo(david.personId());
        assertThat(toDo.forPartnership(id, david).waitingOnYou()).noneMatch(i -> i.kind() == WorkKind.COMMS_ACTIVITY);
        assertThatThrownBy(() -> plans.change(
                        id,
                        a.id(),
                        a.version(),
                        new ActivityDetails("x", null, null, david.personId(), today, ActivityStatus.PLANNED),
                        fiona))
                .isInstanceOf(ConcurrentChangeException.class);
    }
}
