package scot.cairn.outcome;

import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.ForbiddenException;

/**
 * Who may see and change a partnership's evidence: whoever can see the partnership reads it (others get a 404 from the
 * partnership module); its managers, members and administrators change it; observers only read.
 */
@Component
class OutcomeAccess {

    static final String EDITORS_ONLY = "Only the partnership's managers and members can change its outcomes.";

    private final PartnershipService partnerships;

    OutcomeAccess(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    PartnershipView readable(long partnershipId, CurrentUser user) {
        return partnerships.get(partnershipId, user);
    }

    PartnershipView editable(long partnershipId, CurrentUser user) {
        var p = readable(partnershipId, user);
        if (!mayEdit(p)) {
            throw new ForbiddenException(EDITORS_ONLY);
        }
        return p;
    }

    /** Every partnership the user can see: their own, or all of them for an administrator. */
    java.util.List<scot.cairn.partnership.PartnershipSummary> visiblePartnerships(CurrentUser user) {
        return partnerships.all(user);
    }

    static boolean mayEdit(PartnershipView p) {
        return p.viewerManages() || p.viewerRole() == MemberRole.MEMBER;
    }
}
