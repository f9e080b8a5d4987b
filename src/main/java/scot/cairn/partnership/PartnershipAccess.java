package scot.cairn.partnership;

import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.NotFoundException;

/**
 * Who may see and change a partnership. Members see it; administrators see every one. To anyone else it does not
 * exist (404, so existence does not leak). Managers and administrators change it; observers only read.
 */
@Component
class PartnershipAccess {

    private final PartnershipRepository partnerships;

    PartnershipAccess(PartnershipRepository partnerships) {
        this.partnerships = partnerships;
    }

    Partnership visible(long id, CurrentUser user) {
        var p = partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership"));
        if (user == null || (!user.administrator() && p.role(user.personId()).isEmpty())) {
            throw new NotFoundException("Partnership");
        }
        return p;
    }

    Partnership managed(long id, CurrentUser user) {
        var p = visible(id, user);
        if (!manages(p, user)) {
            throw new ForbiddenException("Only the partnership's managers can change this.");
        }
        return p;
    }

    /** Managers and members take part in decisions; observers do not. */
    Partnership participating(long id, CurrentUser user) {
        var p = visible(id, user);
        if (p.role(user.personId()).filter(r -> r != MemberRole.OBSERVER).isEmpty()) {
            throw new ForbiddenException("Only managers and members of the partnership can approve a gate.");
        }
        return p;
    }

    static boolean manages(Partnership p, CurrentUser user) {
        return user.administrator()
                || p.role(user.personId()).filter(r -> r == MemberRole.MANAGER).isPresent();
    }
}
