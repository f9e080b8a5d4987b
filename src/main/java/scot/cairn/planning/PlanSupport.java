package scot.cairn.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.GroupView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.AuditTrail;

/** What the plan's service leans on: the clock, the audit trail, the project team's workstreams and a plan lock. */
@Component
record PlanSupport(Clock clock, AuditTrail audit, GroupService groups, JdbcClient jdbc) {

    /** Locks the partnership's row until the transaction ends, so that its plan changes one at a time. */
    void lock(long partnershipId) {
        jdbc.sql("select id from partnership_partnership where id = ? for update")
                .param(partnershipId)
                .query(Long.class)
                .single();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The names of the project team's workstreams, in the team's order; none without a project team. */
    List<String> workstreams(long id, CurrentUser user) {
        return groups.groups(id, user).stream()
                .filter(g -> g.kind() == GroupKind.PROJECT_TEAM)
                .flatMap(g -> g.workstreams().stream())
                .map(GroupView.WorkstreamView::name)
                .toList();
    }
}
