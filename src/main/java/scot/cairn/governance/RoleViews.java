package scot.cairn.governance;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import scot.cairn.platform.InvalidInputException;

/** Assignments as {@link AssignmentView}s, and each person's capacity and commitments across all partnerships. */
@Component
class RoleViews {

    private final RoleRepository roles;
    private final CapacityRepository capacities;
    private final GovernanceContext context;

    RoleViews(RoleRepository roles, CapacityRepository capacities, GovernanceContext context) {
        this.roles = roles;
        this.capacities = capacities;
        this.context = context;
    }

    List<AssignmentView> all(List<RoleAssignment> assignments) {
        var people = context.people(
                assignments.stream().map(RoleAssignment::personId).toList());
        var orgs = context.organisations(assignments.stream()
                .map(RoleAssignment::organisationId)
                .filter(Objects::nonNull)
                .toList());
        return assignments.stream()
                .map(a -> {
                    var person = people.get(a.personId());
                    var org = a.organisationId() == null ? null : orgs.get(a.organisationId());
                    var committed = committed(a.personId(), null);
                    var capacity = capacity(a.personId());
                    return new AssignmentView(
                            a.id(),
                            a.version(),
                            a.role(),
                            a.personId(),
                            person == null ? "(removed)" : person.fullName(),
                            person == null ? null : person.email(),
                            a.organisationId(),
                            org == null ? null : org.name(),
                            a.daysPerMonth(),
                            a.leadSponsor(),
                            committed,
                            capacity,
                            RoleRules.percent(committed, capacity));
                })
                .sorted(Comparator.comparing(AssignmentView::role)
                        .thenComparing(AssignmentView::personName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    RoleRules.Load load(long personId, Long excludedAssignment, int ceilingPercent) {
        return new RoleRules.Load(committed(personId, excludedAssignment), capacity(personId), ceilingPercent);
    }

    BigDecimal capacity(long personId) {
        return capacities.findByPersonId(personId).map(Capacity::daysPerMonth).orElse(Capacity.DEFAULT);
    }

    /** @throws InvalidInputException when the days are out of range or current commitments would pass the limit */
    void setCapacity(long personId, BigDecimal days, int ceilingPercent) {
        new InvalidInputException.Collector()
                .rejectIf(days == null, "capacity", "governance.capacity.missing")
                .rejectIf(
                        days != null && (days.signum() <= 0 || days.compareTo(RoleRules.MAX_DAYS) > 0),
                        "capacity",
                        "governance.capacity.range")
                .rejectIf(
                        days != null && days.stripTrailingZeros().scale() > 2,
                        "capacity",
                        "governance.capacity.decimals")
                .throwIfAny();
        var committed = committed(personId, null);
        var percent = RoleRules.percent(committed, days);
        if (percent.compareTo(BigDecimal.valueOf(ceilingPercent)) > 0) {
            throw InvalidInputException.of(
                    "capacity",
                    "governance.capacity.tooLow",
                    RoleRules.days(committed),
                    percent.toPlainString(),
                    RoleRules.days(days),
                    ceilingPercent);
        }
        var stored = capacities.findByPersonId(personId).orElse(Capacity.of(personId, days));
        stored.change(days);
        capacities.save(stored);
    }

    private BigDecimal committed(long personId, Long excludedAssignment) {
        return roles.findByPersonId(personId).stream()
                .filter(a -> !a.id().equals(excludedAssignment))
                .map(RoleAssignment::daysPerMonth)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
