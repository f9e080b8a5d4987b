package scot.cairn.governance;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.PartnershipNotices;
import scot.cairn.partnership.Role;

/** Tells the partnership overview when nobody is the Partnership / Project Manager. */
@Component
class GovernanceNotices implements PartnershipNotices {

    private final RoleRepository roles;

    GovernanceNotices(RoleRepository roles) {
        this.roles = roles;
    }

    @Override
    public List<String> noticesFor(long partnershipId) {
        return roles.findByPartnershipId(partnershipId).stream().anyMatch(a -> a.role() == Role.PROJECT_MANAGER)
                ? List.of()
                : List.of(RoleRules.NO_PM);
    }
}
