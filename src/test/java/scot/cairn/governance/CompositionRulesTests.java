package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cairn.directory.Sector.COMMUNITY;
import static scot.cairn.directory.Sector.PRIVATE;
import static scot.cairn.directory.Sector.PUBLIC;
import static scot.cairn.directory.Sector.THIRD;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.governance.CompositionRules.Composition;
import scot.cairn.governance.CompositionRules.Seat;
import scot.cairn.platform.English;

class CompositionRulesTests {

    static final Seat PUB = Seat.of(PUBLIC);
    static final Seat TSO = Seat.of(THIRD);
    static final Seat USER = Seat.user();

    @Test
    void aBoardWithBothSectorsAndAServiceUserIsRepresentative() {
        var check = CompositionRules.boardMix(List.of(PUB, TSO, USER));
        assertThat(check.met()).isTrue();
        assertThat(check.check()).isEqualTo(CompositionRules.BOARD_MIX);
    }

    @Test
    void aBoardNamesEachMissingKindOfRepresentative() {
        assertThat(CompositionRules.boardMix(List.of(TSO, USER)))
                .returns(false, GovernanceCheck::met)
                .returns("The board still needs a public-sector representative.", c -> English.of(c.explanation()));
        assertThat(English.of(CompositionRules.boardMix(List.of(PUB, USER)).explanation()))
                .isEqualTo("The board still needs a third-sector representative.");
        assertThat(English.of(CompositionRules.boardMix(List.of(PUB, TSO)).explanation()))
                .isEqualTo("The board still needs a service user, family member or carer.");
        assertThat(English.of(CompositionRules.boardMix(List.of()).explanation()))
                .isEqualTo("The board still needs a public-sector representative, a third-sector representative and a"
                        + " service user, family member or carer.");
    }

    @Test
    void privateAndCommunitySeatsCountForNeitherSector() {
        assertThat(CompositionRules.boardMix(List.of(Seat.of(PRIVATE), Seat.of(COMMUNITY), USER))
                        .met())
                .isFalse();
    }

    @Test
    void aMissingBoardIsAWarningForMixAndBalance() {
        assertThat(CompositionRules.boardMix(null).met()).isFalse();
        assertThat(CompositionRules.boardBalance(null))
                .returns(false, GovernanceCheck::met)
                .returns("There is no Governance Group / Project Board yet.", c -> English.of(c.explanation()));
    }

    @Test
    void boardIsBalancedWhileOneSideLeadsByAtMostOne() {
        assertThat(CompositionRules.boardBalance(List.of(PUB, TSO)).met()).isTrue();
        assertThat(CompositionRules.boardBalance(List.of(PUB, PUB, TSO)).met()).isTrue();
        assertThat(CompositionRules.boardBalance(List.of(PUB, TSO, TSO, USER, USER, USER))
                        .met())
                .isTrue();
        assertThat(CompositionRules.boardBalance(List.of(PUB)))
                .returns(true, GovernanceCheck::met)
                .returns(
                        "The board has 1 public-sector and 0 third-sector seat, which is balanced.",
                        c -> English.of(c.explanation()));
    }

    @Test
    void boardIsUnbalancedWhenOneSideLeadsByTwoOrMore() {
        assertThat(CompositionRules.boardBalance(List.of(PUB, PUB, PUB, TSO)))
                .returns(false, GovernanceCheck::met)
                .extracting(c -> English.of(c.explanation()))
                .asString()
                .startsWith("The board has 3 public-sector and 1 third-sector seats: one side outnumbers");
        assertThat(CompositionRules.boardBalance(List.of(TSO, TSO, USER)).met()).isFalse();
    }

    @Test
    void projectTeamNeedsBothSectors() {
        assertThat(CompositionRules.teamMix(List.of(PUB, TSO)).met()).isTrue();
        assertThat(English.of(CompositionRules.teamMix(List.of(PUB, USER)).explanation()))
                .startsWith("The project team has nobody from the third sector yet");
        assertThat(English.of(CompositionRules.teamMix(List.of(TSO)).explanation()))
                .startsWith("The project team has nobody from the public sector yet");
        assertThat(English.of(CompositionRules.teamMix(List.of(USER)).explanation()))
                .startsWith("The project team has nobody from either sector yet");
        assertThat(CompositionRules.teamMix(null))
                .returns(false, GovernanceCheck::met)
                .returns("There is no Project Team yet.", c -> English.of(c.explanation()));
    }

    @Test
    void informedProvidersMustNotBeCorePartners() {
        assertThat(CompositionRules.forum(List.of()).met()).isTrue();
        assertThat(CompositionRules.forum(List.of("Quarriers")))
                .returns(false, GovernanceCheck::met)
                .extracting(c -> English.of(c.explanation()))
                .asString()
                .startsWith("Quarriers is a core partner but listed as an informed provider");
        assertThat(English.of(CompositionRules.forum(List.of("A", "B", "C")).explanation()))
                .startsWith("A, B and C are core partners");
    }

    @Test
    void checkRunsEveryRuleInOrder() {
        var checks = CompositionRules.check(new Composition(List.of(PUB, TSO, USER), List.of(PUB, TSO), List.of()));
        assertThat(checks)
                .extracting(GovernanceCheck::check)
                .containsExactly(
                        CompositionRules.BOARD_MIX,
                        CompositionRules.BOARD_BALANCE,
                        CompositionRules.TEAM_MIX,
                        CompositionRules.FORUM);
        assertThat(checks).allMatch(GovernanceCheck::met);
    }
}
