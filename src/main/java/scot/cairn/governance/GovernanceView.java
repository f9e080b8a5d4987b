package scot.cairn.governance;

import java.util.List;
import scot.cairn.partnership.PartnershipView;

/** The governance overview: the partnership, its groups, the groups not set up yet, roles and every check. */
public record GovernanceView(
        PartnershipView partnership,
        List<GroupView> groups,
        List<GroupKind> missingGroups,
        List<AssignmentView> assignments,
        List<GovernanceCheck> checks) {

    public List<GovernanceCheck> warnings() {
        return checks.stream().filter(c -> !c.met()).toList();
    }
}
