package scot.cairn.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;
import scot.cairn.governance.GroupKind;
import scot.cairn.platform.Message;

class QuorumTests {

    @Test
    void theBoardNeedsBothSectorsPresentAndTheServiceUserSeatInvited() {
        var q = Quorum.of(GroupKind.BOARD, List.of(Sector.PUBLIC, Sector.THIRD), true);
        assertThat(q.met()).isTrue();
        assertThat(q.missing()).isEmpty();
    }

    @Test
    void aBoardWithoutTheThirdSectorIsNotQuorateWhateverElse() {
        var q = Quorum.of(GroupKind.BOARD, Arrays.asList(Sector.PUBLIC, Sector.PUBLIC, null), true);
        assertThat(q.met()).isFalse();
        assertThat(q.missing()).extracting(Message::key).containsExactly("meeting.quorum.needsThird");
    }

    @Test
    void aBoardThatDidNotInviteTheServiceUserSeatIsNotQuorate() {
        var q = Quorum.of(GroupKind.BOARD, List.of(Sector.PUBLIC, Sector.THIRD), false);
        assertThat(q.missing()).extracting(Message::key).containsExactly("meeting.quorum.needsServiceUserInvited");
    }

    @Test
    void anEmptyBoardMissesEverything() {
        assertThat(Quorum.of(GroupKind.BOARD, List.of(), false).missing())
                .extracting(Message::key)
                .containsExactly(
                        "meeting.quorum.needsPublic",
                        "meeting.quorum.needsThird",
                        "meeting.quorum.needsServiceUserInvited");
    }

    @Test
    void anotherGroupIsQuorateWithAnyoneThere() {
        assertThat(Quorum.of(GroupKind.PROJECT_TEAM, Arrays.asList((Sector) null), false)
                        .met())
                .isTrue();
        assertThat(Quorum.of(GroupKind.PROJECT_TEAM, List.of(), true).missing())
                .extracting(Message::key)
                .containsExactly("meeting.quorum.needsAnyone");
    }
}
