package scot.cairn.partnership;

import java.util.Optional;
import java.util.Set;
import scot.cairn.identity.CurrentUser;

/**
 * What one person may do in one partnership they can see, as decided by {@link PartnershipScope}. Observers only read;
 * managers and administrators manage; roles and board seats count only for people who take part (managers and
 * members). Nothing may change in a closed partnership. Pages ask it which actions to show.
 *
 * @param seat the person's seat on the board; null when they have none
 * @param roles the roles the person holds in the partnership
 */
public record Access(PartnershipView partnership, CurrentUser user, BoardSeat seat, Set<Role> roles) {

    public Access {
        roles = Set.copyOf(roles);
    }

    public long id() {
        return partnership.id();
    }

    public boolean open() {
        return !partnership.closed();
    }

    /** Managers of the partnership and platform administrators. */
    public boolean manages() {
        return partnership.viewerManages();
    }

    /** Managers and members; observers and administrators who are not members do not take part. */
    public boolean participates() {
        var role = partnership.viewerRole();
        return role == MemberRole.MANAGER || role == MemberRole.MEMBER;
    }

    /** True when the person takes part and holds the role. */
    public boolean holds(Role role) {
        return participates() && roles.contains(role);
    }

    /** True when the person takes part and has a seat on the Governance Group / Project Board. */
    public boolean onBoard() {
        return participates() && seat != null;
    }

    /** The board seat of a person who takes part, for recording an approval. */
    public Optional<BoardSeat> boardSeat() {
        return onBoard() ? Optional.of(seat) : Optional.empty();
    }

    /** Whether the person is among those the set names, open partnership or closed: who reads what they keep. */
    public boolean among(Editors editors) {
        return editors.admits(this);
    }

    public boolean mayEdit(Editors editors) {
        return open() && editors.admits(this);
    }

    public boolean mayManage() {
        return mayEdit(Editors.MANAGERS);
    }

    /** True when the person may approve the board's business now: a board member who takes part, partnership open. */
    public boolean mayApprove() {
        return open() && onBoard();
    }
}
