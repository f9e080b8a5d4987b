package scot.cairn.governance;

import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * One group of a partnership. Invariants: a person is in it at most once; only the informed-providers forum lists
 * organisations and it has no people; only the project team has workstreams, each led by a team member, and a
 * member who leads a workstream cannot leave the team. Whether an organisation may join (is it a partner, is it a
 * core partner) is checked by the service, which knows the partnership. Members, workstreams and providers are each
 * within their {@link GovernanceLimits}.
 */
@Table("governance_group")
class GovernanceGroup {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final GroupKind kind;

    @MappedCollection(idColumn = "group_id")
    private final Set<GroupMember> members;

    @MappedCollection(idColumn = "group_id")
    private final Set<Workstream> workstreams;

    @MappedCollection(idColumn = "group_id")
    private final Set<InformedProvider> providers;

    @PersistenceCreator
    GovernanceGroup(
            Long id,
            Integer version,
            Long partnershipId,
            GroupKind kind,
            Set<GroupMember> members,
            Set<Workstream> workstreams,
            Set<InformedProvider> providers) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.kind = kind;
        this.members = new HashSet<>(members);
        this.workstreams = new HashSet<>(workstreams);
        this.providers = new HashSet<>(providers);
    }

    static GovernanceGroup create(long partnershipId, GroupKind kind) {
        return new GovernanceGroup(null, null, partnershipId, kind, Set.of(), Set.of(), Set.of());
    }

    void addMember(long personId, Long organisationId) {
        if (kind.holdsOrganisations()) {
            throw InvalidInputException.of("email", "governance.group.listsOrganisations", Message.of(kind.labelKey()));
        }
        if (members.stream().anyMatch(m -> m.personId() == personId)) {
            throw InvalidInputException.of("email", "governance.group.alreadyMember", Message.of(kind.labelKey()));
        }
        GovernanceLimits.GROUP_MEMBERS.check("email", members.size() + 1);
        members.add(new GroupMember(personId, organisationId));
    }

    /**
     * Takes the person out of the group and of the lead of any workstream, which stays without a lead; for a member
     * leaving the partnership altogether. True when anything changed.
     */
    boolean release(long personId) {
        boolean led = workstreams.stream().anyMatch(w -> Long.valueOf(personId).equals(w.leadPersonId()));
        var kept = workstreams.stream()
                .map(w -> Long.valueOf(personId).equals(w.leadPersonId()) ? new Workstream(w.name(), null) : w)
                .toList();
        workstreams.clear();
        workstreams.addAll(kept);
        return members.removeIf(m -> m.personId() == personId) || led;
    }

    void removeMember(long personId) {
        workstreams.stream()
                .filter(w -> Long.valueOf(personId).equals(w.leadPersonId()))
                .findFirst()
                .ifPresent(w -> {
                    throw InvalidInputException.of("personId", "governance.group.leadsWorkstream", w.name());
                });
        members.removeIf(m -> m.personId() == personId);
    }

    void addWorkstream(String name, Long leadPersonId) {
        String n = name == null ? "" : name.strip();
        new InvalidInputException.Collector()
                .rejectIf(kind != GroupKind.PROJECT_TEAM, "name", "governance.group.onlyTeam")
                .rejectIf(n.isEmpty(), "name", "governance.group.workstreamNameMissing")
                .rejectIf(n.length() > 100, "name", "governance.group.workstreamNameTooLong", 100)
                .rejectIf(
                        workstreams.stream().anyMatch(w -> w.name().equalsIgnoreCase(n)),
                        "name",
                        "governance.group.workstreamExists",
                        n)
                .rejectIf(
                        leadPersonId == null
                                || members.stream().noneMatch(m -> m.personId().equals(leadPersonId)),
                        "leadPersonId",
                        "governance.group.leadNotMember")
                .rejectIf(
                        !GovernanceLimits.WORKSTREAMS.allows(workstreams.size() + 1),
                        "name",
                        GovernanceLimits.WORKSTREAMS.message(workstreams.size() + 1))
                .throwIfAny();
        workstreams.add(new Workstream(n, leadPersonId));
    }

    void removeWorkstream(String name) {
        if (!workstreams.removeIf(w -> w.name().equals(name))) {
            throw InvalidInputException.of("name", "governance.group.noWorkstream", name);
        }
    }

    void addProvider(long organisationId) {
        new InvalidInputException.Collector()
                .rejectIf(!kind.holdsOrganisations(), "organisationId", "governance.group.onlyForum")
                .rejectIf(
                        providers.stream().anyMatch(p -> p.organisationId() == organisationId),
                        "organisationId",
                        "governance.group.providerTwice")
                .rejectIf(
                        !GovernanceLimits.INFORMED_PROVIDERS.allows(providers.size() + 1),
                        "organisationId",
                        GovernanceLimits.INFORMED_PROVIDERS.message(providers.size() + 1))
                .throwIfAny();
        providers.add(new InformedProvider(organisationId));
    }

    void removeProvider(long organisationId) {
        providers.removeIf(p -> p.organisationId() == organisationId);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    Long partnershipId() {
        return partnershipId;
    }

    GroupKind kind() {
        return kind;
    }

    Set<GroupMember> members() {
        return Set.copyOf(members);
    }

    Set<Workstream> workstreams() {
        return Set.copyOf(workstreams);
    }

    Set<InformedProvider> providers() {
        return Set.copyOf(providers);
    }
}
