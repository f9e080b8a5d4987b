package scot.cairn.governance;

import java.util.List;
import java.util.Optional;
import scot.cairn.governance.CompositionRules.Seat;

/** Turns group views into the facts {@link CompositionRules} checks. */
final class GovernanceChecks {

    private GovernanceChecks() {}

    static CompositionRules.Composition composition(List<GroupView> groups) {
        return new CompositionRules.Composition(
                seats(find(groups, GroupKind.BOARD)),
                seats(find(groups, GroupKind.PROJECT_TEAM)),
                find(groups, GroupKind.INFORMED_PROVIDERS)
                        .map(g -> g.providers().stream()
                                .filter(GroupView.ProviderView::corePartner)
                                .map(GroupView.ProviderView::name)
                                .toList())
                        .orElse(List.of()));
    }

    private static Optional<GroupView> find(List<GroupView> groups, GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).findFirst();
    }

    private static List<Seat> seats(Optional<GroupView> group) {
        return group.map(g -> g.members().stream()
                        .map(m -> m.serviceUser() ? Seat.user() : Seat.of(m.sector()))
                        .toList())
                .orElse(null);
    }
}
