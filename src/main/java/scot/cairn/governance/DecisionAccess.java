package scot.cairn.governance;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ForbiddenException;

/**
 * Who may do what with a partnership's decisions. Members read (outsiders get 404); managers and board members who
 * are not observers propose and change drafts; members with a seat on the board approve, service users and carers
 * included (observers only read, as everywhere). Nothing changes on a closed partnership.
 */
@Component
class DecisionAccess {

    static final String PROPOSERS_ONLY =
            "Only the partnership's managers and board members can propose or change decisions.";
    static final String BOARD_ONLY =
            "Only members of the Governance Group / Project Board can approve decisions, and you are not on it.";

    static final String OBSERVERS_READ =
            "Observers can read decisions but cannot approve them; a manager can make you a member of the partnership.";

    private final GovernanceContext context;
    private final GovernanceSeats seats;
    private final Clock clock;

    DecisionAccess(GovernanceContext context, GovernanceSeats seats, Clock clock) {
        this.context = context;
        this.seats = seats;
        this.clock = clock;
    }

    PartnershipView visible(long id, CurrentUser user) {
        return context.visible(id, user);
    }

    PartnershipView changeable(long id, CurrentUser user) {
        var p = context.visible(id, user);
        if (!mayChange(p, user)) {
            throw new ForbiddenException(PROPOSERS_ONLY);
        }
        return GovernanceContext.open(p);
    }

    /** The approver's seat on the board. */
    GovernanceSeats.BoardSeat approver(PartnershipView p, CurrentUser user) {
        if (p.viewerRole() == MemberRole.OBSERVER && !p.viewerManages()) {
            throw new ForbiddenException(OBSERVERS_READ);
        }
        var seat = seats.boardSeat(p.id(), user.personId()).orElseThrow(() -> new ForbiddenException(BOARD_ONLY));
        GovernanceContext.open(p);
        return seat;
    }

    boolean mayChange(PartnershipView p, CurrentUser user) {
        return p.viewerManages() || (p.viewerRole() != MemberRole.OBSERVER && onBoard(p, user));
    }

    boolean onBoard(PartnershipView p, CurrentUser user) {
        return seats.boardSeat(p.id(), user.personId()).isPresent();
    }

    Instant now() {
        return clock.instant();
    }

    void record(long decisionId, long partnershipId, String action, Changes changes) {
        context.record(DecisionService.SUBJECT, decisionId, partnershipId, action, changes);
    }
}
