package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scot.cairn.directory.Sector;
import scot.cairn.platform.English;

class ApprovalRuleTests {

    static ApprovalRule.Outcome joint(Sector... sectors) {
        return ApprovalRule.check(true, Arrays.asList(sectors));
    }

    @Test
    void anOrdinaryDecisionNeedsOneApproval() {
        assertThat(ApprovalRule.check(false, List.of()).met()).isFalse();
        assertThat(English.of(ApprovalRule.check(false, List.of()).waitingFor()))
                .isEqualTo("Needs the approval of one board member.");
        assertThat(ApprovalRule.check(false, List.of(Sector.THIRD)).met()).isTrue();
        assertThat(ApprovalRule.check(false, List.of(Sector.THIRD)).waitingFor())
                .isNull();
    }

    @ParameterizedTest
    @EnumSource(Sector.class)
    void anyOneBoardMemberCarriesAnOrdinaryDecision(Sector sector) {
        assertThat(ApprovalRule.check(false, List.of(sector)).met()).isTrue();
    }

    @Test
    void aServiceUserCarriesAnOrdinaryDecision() {
        assertThat(ApprovalRule.check(false, Arrays.asList((Sector) null)).met())
                .isTrue();
    }

    @Test
    void aJointDecisionNeedsBothSectors() {
        assertThat(joint().met()).isFalse();
        assertThat(English.of(joint().waitingFor()))
                .isEqualTo("Needs approval from a public-sector and a third-sector board member.");
        assertThat(English.of(joint(Sector.PUBLIC).waitingFor()))
                .isEqualTo("Still needs approval from a third-sector board member.");
        assertThat(English.of(joint(Sector.THIRD).waitingFor()))
                .isEqualTo("Still needs approval from a public-sector board member.");
        assertThat(joint(Sector.PUBLIC, Sector.PUBLIC).met()).isFalse();
        assertThat(joint(Sector.THIRD, Sector.PUBLIC).met()).isTrue();
        assertThat(joint(Sector.PUBLIC, Sector.PRIVATE, Sector.THIRD).met()).isTrue();
    }

    @Test
    void serviceUsersAndOtherSectorsCountForNeitherSideOfAJointDecision() {
        assertThat(joint(null, Sector.PUBLIC).met()).isFalse();
        assertThat(English.of(joint(null, Sector.PUBLIC).waitingFor())).contains("third-sector");
        assertThat(joint(null, null, Sector.THIRD).met()).isFalse();
        assertThat(joint(Sector.PRIVATE, Sector.COMMUNITY, Sector.PUBLIC).met()).isFalse();
        assertThat(joint(null, Sector.THIRD, Sector.PUBLIC).met()).isTrue();
    }
}
