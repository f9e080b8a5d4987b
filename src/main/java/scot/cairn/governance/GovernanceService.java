package scot.cairn.governance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Message;

/**
 * The read side of governance: the overview with its composition and role checks, and the responsibilities matrix.
 * Visible to every member of the partnership.
 */
@Service
public class GovernanceService {

    private final GroupService groups;
    private final RoleService roles;
    private final GovernanceContext context;
    private final MessageSource messages;

    GovernanceService(GroupService groups, RoleService roles, GovernanceContext context, MessageSource messages) {
        this.groups = groups;
        this.roles = roles;
        this.context = context;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public GovernanceView overview(long id, CurrentUser user) {
        var p = context.visible(id, user);
        var all = groups.groups(id, user);
        var assignments = roles.assignments(id, user);
        var have = all.stream().map(GroupView::kind).collect(Collectors.toSet());
        var missing =
                Arrays.stream(GroupKind.values()).filter(k -> !have.contains(k)).toList();
        return new GovernanceView(p, all, missing, assignments, checks(id, user, all, assignments));
    }

    /** Every check: group composition, then roles, then people committed at or above their capacity. */
    @Transactional(readOnly = true)
    public List<GovernanceCheck> checks(long id, CurrentUser user) {
        return checks(id, user, groups.groups(id, user), roles.assignments(id, user));
    }

    @Transactional(readOnly = true)
    public List<ResponsibilityView> responsibilities(long id, CurrentUser user) {
        context.visible(id, user);
        var byKind = groups.groups(id, user).stream().collect(Collectors.toMap(GroupView::kind, Function.identity()));
        var assignments = roles.assignments(id, user);
        return Arrays.stream(Responsibility.values())
                .map(r -> ResponsibilityView.of(
                        r,
                        words(
                                r.role() == null
                                        ? "governance.responsibilities.wholeGroup"
                                        : r.role().labelKey()),
                        words(r.group().labelKey()),
                        holders(r, assignments, byKind)))
                .toList();
    }

    private List<GovernanceCheck> checks(
            long id, CurrentUser user, List<GroupView> all, List<AssignmentView> assignments) {
        var checks = new ArrayList<>(CompositionRules.check(GovernanceChecks.composition(all)));
        checks.addAll(roles.checks(id, user));
        assignments.stream()
                .filter(AssignmentView::fullyCommitted)
                .filter(distinctBy(AssignmentView::personId))
                .forEach(a -> checks.add(GovernanceCheck.warning(
                        Message.of("governance.check.time", a.personName()),
                        Message.of(
                                "governance.check.timeFull",
                                a.personName(),
                                RoleRules.days(a.committed()),
                                RoleRules.days(a.capacity()),
                                a.committedPercent()))));
        return checks;
    }

    /** The words of a bundle key in the reader's language, for the API's matrix. */
    private String words(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static <T> java.util.function.Predicate<T> distinctBy(Function<T, Object> key) {
        var seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    private static List<String> holders(
            Responsibility r, List<AssignmentView> assignments, Map<GroupKind, GroupView> byKind) {
        if (r.role() != null) {
            return assignments.stream()
                    .filter(a -> a.role() == r.role())
                    .map(AssignmentView::personName)
                    .toList();
        }
        var group = byKind.get(r.group());
        return group == null
                ? List.of()
                : group.members().stream().map(GroupView.MemberView::fullName).toList();
    }
}
