package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;

class PartnershipTests {

    static final long FIONA = 1;
    static final long DAVID = 2;
    static final long SAM = 3;
    static final long COUNCIL = 10;
    static final long CVS = 11;
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final LocalDate GATE = LocalDate.of(2026, 8, 3);
    static final Instant NOW = Instant.parse("2026-01-05T10:15:30Z");

    Partnership partnership;

    @BeforeEach
    void start() {
        partnership = Partnership.start(details(COUNCIL), FIONA, START, NOW);
    }

    static PartnershipDetails details(Long lead) {
        return new PartnershipDetails(" Foster care ", Market.CHILDREN_AND_FAMILIES, " Falkirk ", " Aims ", lead);
    }

    static Map<String, String> refusal(ThrowingCallable call) {
        var thrown = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(thrown).as("refused").isNotNull();
        return English.of(thrown.fieldErrors());
    }

    void approveByBothSectors() {
        partnership.approveGate(FIONA, COUNCIL, Sector.PUBLIC, NOW);
        partnership.approveGate(DAVID, CVS, Sector.THIRD, NOW);
    }

    @Test
    void startingPutsTheCreatorInChargeOfANewPartnershipInExplore() {
        assertThat(partnership.stage()).isEqualTo(Stage.EXPLORE);
        assertThat(partnership.role(FIONA)).contains(MemberRole.MANAGER);
        assertThat(partnership.members()).containsExactly(new Member(FIONA, MemberRole.MANAGER));
        assertThat(partnership.plan(Stage.EXPLORE).actualStart()).isEqualTo(START);
        assertThat(partnership.plan(Stage.EXPLORE).actualEnd()).isNull();
        assertThat(partnership.plan(Stage.DESIGN).actualStart()).isNull();
        assertThat(partnership.assessmentDecision()).isEqualTo(Decision.UNDECIDED);
        assertThat(partnership.createdAt()).isEqualTo(NOW);
        assertThat(partnership.title()).isEqualTo("Foster care");
        assertThat(partnership.region()).isEqualTo("Falkirk");
    }

    @Test
    void theLeadPartnerIsAlwaysACorePartner() {
        assertThat(partnership.standings()).containsExactly(Map.entry(COUNCIL, Standing.CORE));
        assertThat(refusal(() -> partnership.setPartner(COUNCIL, Standing.INFORMED)))
                .containsExactly(Map.entry("standing", "The lead partner must be a core partner"));

        partnership.setPartner(CVS, Standing.CONSULTED);
        partnership.describe(details(CVS));
        assertThat(partnership.standings()).containsEntry(CVS, Standing.CORE).containsEntry(COUNCIL, Standing.CORE);
        partnership.setPartner(COUNCIL, Standing.INFORMED);
        assertThat(partnership.standings()).containsEntry(COUNCIL, Standing.INFORMED);
    }

    @Test
    void theLeadPartnerCannotBeRemovedButOthersCan() {
        partnership.setPartner(CVS, Standing.CONSULTED);
        assertThat(refusal(() -> partnership.removePartner(COUNCIL))).containsOnlyKeys("organisationId");
        partnership.removePartner(CVS);
        assertThat(partnership.standings()).containsOnlyKeys(COUNCIL);
    }

    @Test
    void theLastManagerCannotBeDemotedOrRemoved() {
        partnership.setMember(DAVID, MemberRole.MEMBER);
        assertThat(refusal(() -> partnership.setMember(FIONA, MemberRole.OBSERVER)))
                .containsExactly(Map.entry("role", "A partnership needs at least one manager"));
        assertThat(refusal(() -> partnership.removeMember(FIONA)))
                .containsExactly(Map.entry("personId", "A partnership needs at least one manager"));
        assertThat(partnership.role(FIONA)).contains(MemberRole.MANAGER);

        partnership.setMember(DAVID, MemberRole.MANAGER);
        partnership.setMember(FIONA, MemberRole.OBSERVER);
        partnership.removeMember(FIONA);
        assertThat(partnership.members()).containsExactly(new Member(DAVID, MemberRole.MANAGER));
    }

    @Test
    void approvalsFromOneSectorOnlyDoNotOpenTheGate() {
        partnership.approveGate(FIONA, COUNCIL, Sector.PUBLIC, NOW);
        partnership.approveGate(SAM, COUNCIL, Sector.PUBLIC, NOW);
        assertThat(partnership.jointlyApproved()).isFalse();
        assertThat(refusal(() -> partnership.advance(GATE)))
                .containsExactly(
                        Map.entry("", "The gate needs approval from a public-sector and a third-sector board member"));
        assertThat(partnership.stage()).isEqualTo(Stage.EXPLORE);

        partnership.approveGate(DAVID, CVS, Sector.THIRD, NOW);
        assertThat(partnership.jointlyApproved()).isTrue();
    }

    @Test
    void approvingTwiceCountsOnce() {
        partnership.approveGate(FIONA, COUNCIL, Sector.PUBLIC, NOW);
        partnership.approveGate(FIONA, COUNCIL, Sector.PUBLIC, NOW.plusSeconds(60));
        assertThat(partnership.approvals()).hasSize(1);
    }

    @Test
    void advancingMovesToTheNextStageAndDatesBothEnds() {
        approveByBothSectors();
        partnership.advance(GATE);

        assertThat(partnership.stage()).isEqualTo(Stage.DESIGN);
        assertThat(partnership.plan(Stage.EXPLORE).actualStart()).isEqualTo(START);
        assertThat(partnership.plan(Stage.EXPLORE).actualEnd()).isEqualTo(GATE);
        assertThat(partnership.plan(Stage.DESIGN).actualStart()).isEqualTo(GATE);
        assertThat(partnership.plan(Stage.DESIGN).actualEnd()).isNull();
        assertThat(partnership.jointlyApproved())
                .as("approvals were for leaving Explore")
                .isFalse();
    }

    @Test
    void deliveryIsTheLastStage() {
        for (int i = 0; i < 4; i++) {
            approveByBothSectors();
            partnership.advance(GATE.plusDays(i));
        }
        assertThat(partnership.stage()).isEqualTo(Stage.DELIVERY);
        assertThat(refusal(() -> partnership.approveGate(FIONA, COUNCIL, Sector.PUBLIC, NOW)))
                .containsExactly(Map.entry("", "There is no further stage after Delivery"));
        assertThat(refusal(() -> partnership.advance(GATE))).containsOnlyKeys("");
    }

    @Test
    void closingNeedsARouteAndAReason() {
        assertThat(refusal(() -> partnership.close(null, " ", GATE)))
                .containsExactly(
                        Map.entry("route", "Choose how the partnership ended"),
                        Map.entry("reason", "Explain why the partnership is closing"));
        assertThat(refusal(() -> partnership.close(ClosureRoute.STOPPED, "x".repeat(2001), GATE)))
                .containsOnlyKeys("reason");
        assertThat(partnership.stage()).isEqualTo(Stage.EXPLORE);
    }

    @Test
    void aClosedPartnershipKeepsItsEndingAndRefusesToMoveOn() {
        partnership.close(ClosureRoute.OTHER_FUNDING, "  A lottery grant funds it.  ", GATE);

        assertThat(partnership.stage()).isEqualTo(Stage.CLOSED);
        assertThat(partnership.closureRoute()).isEqualTo(ClosureRoute.OTHER_FUNDING);
        assertThat(partnership.closureReason()).isEqualTo("A lottery grant funds it.");
        assertThat(partnership.plan(Stage.EXPLORE).actualEnd()).isEqualTo(GATE);

        var closed = Map.entry("", "This partnership is closed");
        assertThat(refusal(() -> partnership.close(ClosureRoute.STOPPED, "Again", GATE)))
                .containsExactly(closed);
        assertThat(refusal(() -> partnership.approveGate(FIONA, COUNCIL, Sector.PUBLIC, NOW)))
                .containsExactly(closed);
        assertThat(refusal(() -> partnership.advance(GATE))).containsExactly(closed);
        assertThat(refusal(() -> partnership.assess(List.of(), Decision.NO_GO, "Too late", null)))
                .containsOnlyKeys("");
        assertThat(partnership.stage()).isEqualTo(Stage.CLOSED);
        assertThat(partnership.closureRoute()).isEqualTo(ClosureRoute.OTHER_FUNDING);
    }

    @Test
    void theAssessmentCanChangeOnlyWhileExploring() {
        var answers = Arrays.stream(AssessmentQuestion.values())
                .map(q -> new AssessmentAnswer(q, "Evidence", Rating.ADEQUATE))
                .toList();
        partnership.assess(answers, Decision.GO, "  Go ahead.  ", null);
        assertThat(partnership.assessmentDecision()).isEqualTo(Decision.GO);
        assertThat(partnership.assessmentReason()).isEqualTo("Go ahead.");
        assertThat(partnership.answers()).hasSize(4);

        approveByBothSectors();
        partnership.advance(GATE);
        assertThat(refusal(() -> partnership.assess(answers, Decision.NO_GO, "Changed our minds", null)))
                .containsExactly(Map.entry("", "The assessment is a record once the partnership has left Explore"));
        assertThat(partnership.assessmentDecision()).isEqualTo(Decision.GO);
    }

    @Test
    void aRefusedAssessmentChangesNothing() {
        var unrated = List.of(new AssessmentAnswer(AssessmentQuestion.MARKET, null, Rating.NOT_RATED));
        assertThat(refusal(() -> partnership.assess(unrated, Decision.GO, "Go", null)))
                .isNotEmpty();
        assertThat(partnership.answers()).isEmpty();
        assertThat(partnership.assessmentDecision()).isEqualTo(Decision.UNDECIDED);
    }

    @Test
    void aClosedPartnershipIsARecordThatNothingChanges() {
        partnership.close(ClosureRoute.STOPPED, "The council withdrew funding.", GATE);
        String closed = "This partnership is closed";
        assertThat(refusal(() -> partnership.describe(
                        new PartnershipDetails("New title", Market.OTHER, "Falkirk", "Aims", null))))
                .containsExactly(Map.entry("", closed));
        assertThat(refusal(() -> partnership.setPartner(99L, Standing.INFORMED)))
                .containsExactly(Map.entry("", closed));
        assertThat(refusal(() -> partnership.setMember(98L, MemberRole.MEMBER))).containsExactly(Map.entry("", closed));
        assertThat(refusal(() -> partnership.replacePlans(List.of()))).containsExactly(Map.entry("", closed));
        assertThat(partnership.title()).isNotEqualTo("New title");
    }

    @Test
    void stagePlansKeepActualDatesUnlessGivenNewOnes() {
        partnership.replacePlans(List.of(new StageDates(Stage.DESIGN, GATE, GATE.plusMonths(7), null, null)));
        assertThat(partnership.plan(Stage.DESIGN).plannedStart()).isEqualTo(GATE);
        assertThat(partnership.plan(Stage.EXPLORE).actualStart()).isEqualTo(START);
        assertThat(refusal(() -> partnership.replacePlans(
                        List.of(new StageDates(Stage.DESIGN, GATE, GATE.minusDays(1), null, null)))))
                .containsOnlyKeys("stages[0].plannedEnd");
        assertThat(partnership.plan(Stage.DESIGN).plannedEnd()).isEqualTo(GATE.plusMonths(7));
    }
}
