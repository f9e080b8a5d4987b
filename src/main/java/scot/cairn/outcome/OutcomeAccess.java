package scot.cairn.outcome;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.governance.GovernanceSeats;
import scot.cairn.governance.Role;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipSummary;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.ForbiddenException;

/**
 * Who may see and change a partnership's evidence: whoever can see the partnership reads it (others get a 404 from the
 * partnership module). Its managers, administrators and the people holding the Analyst, Sustainability Lead or
 * Project Manager role change it; every other member and observer only reads.
 */
@Component
class OutcomeAccess {

    static final String EDITORS_ONLY = "Only the partnership's managers, analysts, sustainability lead and project"
            + " manager can change its outcomes and evidence.";

    /** The roles whose holders edit evidence besides the partnership's managers. */
    static final Role[] EDITING_ROLES = {Role.ANALYST, Role.SUSTAINABILITY_LEAD, Role.PROJECT_MANAGER};

    private final PartnershipService partnerships;
    private final GovernanceSeats seats;

    OutcomeAccess(PartnershipService partnerships, GovernanceSeats seats) {
        this.partnerships = partnerships;
        this.seats = seats;
    }

    PartnershipView readable(long partnershipId, CurrentUser user) {
        return partnerships.get(partnershipId, user);
    }

    PartnershipView editable(long partnershipId, CurrentUser user) {
        var p = readable(partnershipId, user);
        if (!mayEdit(p, user)) {
            throw new ForbiddenException(EDITORS_ONLY);
        }
        return p.requireOpen();
    }

    static final String BOARD_ONLY = "Only members of the partnership's Governance Group / Project Board can approve"
            + " a period's measurements (observers read them).";

    /** The partnership, when the user sits on its board and so may approve a period; 403 otherwise. */
    PartnershipView approvable(long partnershipId, CurrentUser user) {
        var p = readable(partnershipId, user);
        if (!mayApprove(p, user)) {
            throw new ForbiddenException(BOARD_ONLY);
        }
        return p.requireOpen();
    }

    /** True when the user has a seat on the partnership's board and is not only an observer of the partnership. */
    boolean mayApprove(PartnershipView p, CurrentUser user) {
        return (p.viewerManages() || p.viewerRole() != MemberRole.OBSERVER)
                && seats.boardSeat(p.id(), user.personId()).isPresent();
    }

    /** Every partnership the user can see: their own, or all of them for an administrator. */
    List<PartnershipSummary> visiblePartnerships(CurrentUser user) {
        return partnerships.all(user);
    }

    /** True for the partnership's managers, administrators and holders of an editing role. */
    boolean mayEdit(PartnershipView p, CurrentUser user) {
        return p.viewerManages()
                || user.administrator()
                || (p.viewerRole() != null && seats.holds(p.id(), user.personId(), EDITING_ROLES));
    }
}
