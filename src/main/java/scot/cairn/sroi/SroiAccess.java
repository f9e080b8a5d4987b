package scot.cairn.sroi;

import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.cairn.governance.GovernanceSeats;
import scot.cairn.governance.GovernanceSeats.BoardSeat;
import scot.cairn.governance.Role;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * Who may see, change and approve a partnership's SROI analyses: whoever can see the partnership reads them (others
 * get a 404 from the partnership module); managers, administrators and people holding the Analyst, Sustainability
 * Lead or Project Manager role change them; members of the Governance Group / Project Board approve them.
 */
@Component
class SroiAccess {

    static final String EDITORS_ONLY = "Only the partnership's managers, analysts, sustainability lead and project"
            + " manager can change its SROI analyses.";
    static final String BOARD_ONLY =
            "Only members of the Governance Group / Project Board can approve an SROI analysis.";

    private final PartnershipService partnerships;
    private final GovernanceSeats seats;
    private final SroiAnalysisRepository analyses;

    SroiAccess(PartnershipService partnerships, GovernanceSeats seats, SroiAnalysisRepository analyses) {
        this.partnerships = partnerships;
        this.seats = seats;
        this.analyses = analyses;
    }

    PartnershipView readable(long partnershipId, CurrentUser user) {
        return partnerships.get(partnershipId, user);
    }

    PartnershipView editable(long partnershipId, CurrentUser user) {
        var p = readable(partnershipId, user);
        if (!mayEdit(p, user)) {
            throw new ForbiddenException(EDITORS_ONLY);
        }
        if (p.closed()) {
            throw InvalidInputException.of("", "This partnership is closed");
        }
        return p;
    }

    boolean mayEdit(PartnershipView p, CurrentUser user) {
        return !p.closed()
                && (p.viewerManages()
                        || seats.holds(
                                p.id(), user.personId(), Role.ANALYST, Role.SUSTAINABILITY_LEAD, Role.PROJECT_MANAGER));
    }

    Optional<BoardSeat> boardSeat(long partnershipId, CurrentUser user) {
        return seats.boardSeat(partnershipId, user.personId());
    }

    BoardSeat approver(long partnershipId, CurrentUser user) {
        return boardSeat(partnershipId, user).orElseThrow(() -> new ForbiddenException(BOARD_ONLY));
    }

    /** The partnership's analyses, latest period first. */
    java.util.List<SroiAnalysis> analyses(long partnershipId) {
        return analyses.findByPartnershipIdOrderByPeriodFromDescIdDesc(partnershipId);
    }

    String analysisTitle(long analysisId) {
        return analyses.findById(analysisId).map(SroiAnalysis::title).orElse(null);
    }

    /** The analysis, when it is one of this partnership's. */
    SroiAnalysis find(long partnershipId, long analysisId) {
        return analyses.findById(analysisId)
                .filter(a -> a.partnershipId() == partnershipId)
                .orElseThrow(() -> new NotFoundException("SROI analysis"));
    }
}
