package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;

class GovernanceGroupTests {

    static Map<String, String> refusal(Runnable action) {
        return English.of(
                catchThrowableOfType(InvalidInputException.class, action::run).fieldErrors());
    }

    @Test
    void aPersonJoinsAGroupOnce() {
        var board = GovernanceGroup.create(1, GroupKind.BOARD);
        board.addMember(10, 100L);
        board.addMember(11, null);
        assertThat(refusal(() -> board.addMember(10, 100L)))
                .containsEntry("email", "This person is already in the Governance Group / Project Board");
        assertThat(board.members()).containsExactlyInAnyOrder(new GroupMember(10L, 100L), new GroupMember(11L, null));
    }

    @Test
    void theInformedProvidersForumListsOrganisationsNotPeople() {
        var forum = GovernanceGroup.create(1, GroupKind.INFORMED_PROVIDERS);
        assertThat(refusal(() -> forum.addMember(10, 100L))).containsKey("email");
        forum.addProvider(200);
        assertThat(refusal(() -> forum.addProvider(200))).containsKey("organisationId");
        var board = GovernanceGroup.create(1, GroupKind.BOARD);
        assertThat(refusal(() -> board.addProvider(200))).containsKey("organisationId");
        forum.removeProvider(200);
        assertThat(forum.providers()).isEmpty();
    }

    @Test
    void workstreamsBelongToTheProjectTeamAndAreLedByAMember() {
        var team = GovernanceGroup.create(1, GroupKind.PROJECT_TEAM);
        team.addMember(10, 100L);
        assertThat(refusal(() -> team.addWorkstream("Design", 99L)))
                .containsEntry("leadPersonId", "Choose a lead who is a member of the Project Team");
        assertThat(refusal(() -> team.addWorkstream(" ", 10L))).containsEntry("name", "Enter the workstream’s name");
        team.addWorkstream(" Design ", 10L);
        assertThat(refusal(() -> team.addWorkstream("design", 10L)))
                .containsEntry("name", "There is already a workstream called design");
        assertThat(team.workstreams()).containsExactly(new Workstream("Design", 10L));
        var board = GovernanceGroup.create(1, GroupKind.BOARD);
        board.addMember(10, 100L);
        assertThat(refusal(() -> board.addWorkstream("X", 10L)))
                .containsEntry("name", "Only the Project Team has workstreams");
    }

    @Test
    void aWorkstreamLeadCannotLeaveTheTeamUntilReplaced() {
        var team = GovernanceGroup.create(1, GroupKind.PROJECT_TEAM);
        team.addMember(10, 100L);
        team.addWorkstream("Design", 10L);
        assertThat(refusal(() -> team.removeMember(10)).get("personId")).contains("leads the workstream Design");
        team.removeWorkstream("Design");
        team.removeMember(10);
        assertThat(team.members()).isEmpty();
    }
}
