package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;

/** The access model's answers for each kind of person, without Spring: who edits what and who approves. */
class AccessTests {

    private static final BoardSeat PUBLIC_SEAT = new BoardSeat(7, 70L, Sector.PUBLIC);
    private static final BoardSeat CARER_SEAT = new BoardSeat(7, null, null);

    private static Access access(MemberRole role, boolean administrator, BoardSeat seat, Stage stage, Role... roles) {
        var user = new CurrentUser(1, 7, "Someone", "someone@example.org", null, null, administrator);
        boolean manages = administrator || role == MemberRole.MANAGER;
        var p = new PartnershipView(
                1,
                0,
                "PSP",
                Market.SOCIAL_CARE,
                "Falkirk",
                "Aims",
                null,
                null,
                stage,
                null,
                null,
                Instant.EPOCH,
                List.of(),
                List.of(),
                List.of(),
                role,
                manages);
        return new Access(p, user, seat, Set.of(roles));
    }

    private static Access access(MemberRole role, BoardSeat seat, Role... roles) {
        return access(role, false, seat, Stage.DESIGN, roles);
    }

    @Test
    void managersAndAdministratorsEditEveryPartButTheSponsorsSignature() {
        for (var a : List.of(access(MemberRole.MANAGER, null), access(null, true, null, Stage.DESIGN))) {
            assertThat(a.mayEdit(Editors.MANAGERS)).isTrue();
            assertThat(a.mayEdit(Editors.DOCUMENTS)).isTrue();
            assertThat(a.mayEdit(Editors.DECISIONS)).isTrue();
            assertThat(a.mayEdit(Editors.EVIDENCE)).isTrue();
            assertThat(a.mayEdit(Editors.SPONSORS)).isFalse();
        }
    }

    @Test
    void membersEditWhatTheirRolesOrSeatAllow() {
        var analyst = access(MemberRole.MEMBER, null, Role.ANALYST);
        assertThat(analyst.mayEdit(Editors.EVIDENCE)).isTrue();
        assertThat(analyst.mayEdit(Editors.DOCUMENTS)).isFalse();
        assertThat(analyst.mayEdit(Editors.DECISIONS)).isFalse();
        assertThat(analyst.mayEdit(Editors.MANAGERS)).isFalse();

        var projectManager = access(MemberRole.MEMBER, null, Role.PROJECT_MANAGER);
        assertThat(projectManager.mayEdit(Editors.DOCUMENTS)).isTrue();
        assertThat(projectManager.mayEdit(Editors.EVIDENCE)).isTrue();

        var boardMember = access(MemberRole.MEMBER, PUBLIC_SEAT);
        assertThat(boardMember.mayEdit(Editors.DECISIONS)).isTrue();
        assertThat(boardMember.mayEdit(Editors.EVIDENCE)).isFalse();

        assertThat(access(MemberRole.MEMBER, null, Role.SENIOR_SPONSOR).mayEdit(Editors.SPONSORS))
                .isTrue();
    }

    @Test
    void observersOnlyReadWhateverRolesAndSeatsTheyHold() {
        var observer =
                access(MemberRole.OBSERVER, PUBLIC_SEAT, Role.ANALYST, Role.PROJECT_MANAGER, Role.SENIOR_SPONSOR);
        for (var editors : Editors.values()) {
            assertThat(observer.mayEdit(editors)).as(editors.name()).isFalse();
        }
        assertThat(observer.mayApprove()).isFalse();
        assertThat(observer.boardSeat()).isEmpty();
        assertThatThrownBy(() -> PartnershipScope.requireBoardApproval(observer))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(PartnershipScope.OBSERVERS_READ);
        assertThatThrownBy(() -> PartnershipScope.requireEdit(observer, Editors.EVIDENCE))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(Editors.EVIDENCE.refusal());
    }

    @Test
    void onlyBoardMembersWhoTakePartApproveServiceUsersIncluded() {
        assertThat(access(MemberRole.MEMBER, PUBLIC_SEAT).mayApprove()).isTrue();
        assertThat(access(MemberRole.MANAGER, PUBLIC_SEAT).mayApprove()).isTrue();
        assertThat(access(MemberRole.MEMBER, CARER_SEAT).mayApprove()).isTrue();
        assertThat(access(MemberRole.MANAGER, null).mayApprove())
                .as("managing is not a seat on the board")
                .isFalse();
        assertThat(access(null, true, PUBLIC_SEAT, Stage.DESIGN).mayApprove())
                .as("an administrator who is not a member does not take part")
                .isFalse();
        assertThatThrownBy(() -> PartnershipScope.requireBoardApproval(access(MemberRole.MEMBER, null)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(PartnershipScope.BOARD_ONLY);
        assertThat(PartnershipScope.requireBoardApproval(access(MemberRole.MEMBER, CARER_SEAT))
                        .seat()
                        .serviceUser())
                .isTrue();
    }

    @Test
    void aClosedPartnershipChangesForNobodyAndSaysSo() {
        var manager = access(MemberRole.MANAGER, true, PUBLIC_SEAT, Stage.CLOSED);
        for (var editors : Editors.values()) {
            assertThat(manager.mayEdit(editors)).isFalse();
        }
        assertThat(manager.mayApprove()).isFalse();
        assertThatThrownBy(() -> PartnershipScope.requireEdit(manager, Editors.MANAGERS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(PartnershipView.CLOSED);
        assertThatThrownBy(() -> PartnershipScope.requireBoardApproval(
                        access(MemberRole.MEMBER, false, PUBLIC_SEAT, Stage.CLOSED)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(PartnershipView.CLOSED);
    }
}
