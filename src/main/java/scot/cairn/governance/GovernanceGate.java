package scot.cairn.governance;

import java.util.ArrayList;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Stage;

/** Leaving Design for Pilot needs a Partnership / Project Manager and a lead Senior Sponsor. */
@Component
class GovernanceGate implements GateCriterion {

    static final String NAME = "A Project Manager and a lead Senior Sponsor are assigned";

    private final RoleRepository roles;

    GovernanceGate(RoleRepository roles) {
        this.roles = roles;
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.DESIGN;
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        var all = roles.findByPartnershipId(partnershipId);
        var missing = new ArrayList<String>();
        if (all.stream().noneMatch(a -> a.role() == Role.PROJECT_MANAGER)) {
            missing.add("a Partnership / Project Manager");
        }
        if (all.stream().noneMatch(RoleAssignment::leadSponsor)) {
            missing.add("a lead Senior Sponsor");
        }
        return missing.isEmpty()
                ? CriterionResult.met(NAME, "The partnership has a Project Manager and a lead Senior Sponsor.")
                : CriterionResult.notMet(NAME, "Still needs " + String.join(" and ", missing) + ".");
    }
}
