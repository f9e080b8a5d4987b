package scot.cairn.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import scot.cairn.directory.Sector;
import scot.cairn.governance.GroupKind;
import scot.cairn.platform.Message;

/**
 * Whether a meeting is quorate. The board's rule: at least one public-sector and one third-sector member present, and
 * the service-user seat invited (a service user or carer among the invitees), so that the board never decides without
 * both sectors or behind the back of the people who use the service. Other groups are quorate with any member
 * present.
 *
 * @param missing what is missing, in words; empty when quorate
 */
record Quorum(boolean met, List<Message> missing) {

    /**
     * @param presentSectors the sectors of the members present (null for a service user or carer)
     * @param serviceUserInvited whether a service user or carer was invited
     */
    static Quorum of(GroupKind kind, Collection<Sector> presentSectors, boolean serviceUserInvited) {
        var missing = new ArrayList<Message>();
        if (kind == GroupKind.BOARD) {
            if (presentSectors.stream().noneMatch(s -> Objects.equals(s, Sector.PUBLIC))) {
                missing.add(Message.of("meeting.quorum.needsPublic"));
            }
            if (presentSectors.stream().noneMatch(s -> Objects.equals(s, Sector.THIRD))) {
                missing.add(Message.of("meeting.quorum.needsThird"));
            }
            if (!serviceUserInvited) {
                missing.add(Message.of("meeting.quorum.needsServiceUserInvited"));
            }
        } else if (presentSectors.isEmpty()) {
            missing.add(Message.of("meeting.quorum.needsAnyone"));
        }
        return new Quorum(missing.isEmpty(), List.copyOf(missing));
    }
}
