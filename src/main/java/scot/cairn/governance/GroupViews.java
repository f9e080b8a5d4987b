package scot.cairn.governance;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Standing;

/** Turns stored groups into {@link GroupView}s with names from the directory. */
@Component
class GroupViews {

    private final GovernanceContext context;
    private final MessageSource messages;

    GroupViews(GovernanceContext context, MessageSource messages) {
        this.context = context;
        this.messages = messages;
    }

    /** Words the pages and the API show as they are, in the reader's language. */
    private String words(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    List<GroupView> all(PartnershipView p, List<GovernanceGroup> groups) {
        return groups.stream()
                .sorted(Comparator.comparing(GovernanceGroup::kind))
                .map(g -> view(p, g))
                .toList();
    }

    GroupView view(PartnershipView p, GovernanceGroup g) {
        var people = context.people(Stream.concat(
                        g.members().stream().map(GroupMember::personId),
                        g.workstreams().stream().map(Workstream::leadPersonId).filter(java.util.Objects::nonNull))
                .toList());
        var orgs = context.organisations(Stream.concat(
                        g.members().stream().map(GroupMember::organisationId).filter(java.util.Objects::nonNull),
                        g.providers().stream().map(InformedProvider::organisationId))
                .toList());
        var members = g.members().stream()
                .map(m -> {
                    var org = m.organisationId() == null ? null : orgs.get(m.organisationId());
                    return new GroupView.MemberView(
                            m.personId(),
                            people.containsKey(m.personId())
                                    ? people.get(m.personId()).fullName()
                                    : words("governance.group.removedPerson"),
                            m.organisationId(),
                            org == null ? null : org.name(),
                            org == null ? null : org.sector());
                })
                .sorted(Comparator.comparing(GroupView.MemberView::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        var workstreams = g.workstreams().stream()
                .map(w -> new GroupView.WorkstreamView(
                        w.name(),
                        w.leadPersonId(),
                        w.leadPersonId() == null
                                ? words("governance.group.noLead")
                                : people.containsKey(w.leadPersonId())
                                        ? people.get(w.leadPersonId()).fullName()
                                        : words("governance.group.removedPerson")))
                .sorted(Comparator.comparing(GroupView.WorkstreamView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        var providers = g.providers().stream()
                .map(x -> new GroupView.ProviderView(
                        x.organisationId(),
                        orgs.containsKey(x.organisationId())
                                ? orgs.get(x.organisationId()).name()
                                : words("governance.group.removedPerson"),
                        corePartner(p, x.organisationId())))
                .sorted(Comparator.comparing(GroupView.ProviderView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new GroupView(g.id(), g.version(), g.partnershipId(), g.kind(), members, workstreams, providers);
    }

    boolean corePartner(PartnershipView p, long organisationId) {
        return p.partners().stream()
                .anyMatch(x -> x.organisationId() == organisationId && x.standing() == Standing.CORE);
    }
}
