package scot.cairn.governance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;

/**
 * Setting up a partnership's groups and who is in them. Members of the partnership read; managers change. A person
 * joins either for their own organisation, which must be a partner, or as a service user; the informed-providers
 * forum lists organisations that are not core partners. Every change is in the partnership's history.
 */
@Service
public class GroupService {

    static final String SUBJECT = "governance-group";

    private final GroupRepository groups;
    private final GovernanceContext context;
    private final GroupViews views;

    GroupService(GroupRepository groups, GovernanceContext context, GroupViews views) {
        this.groups = groups;
        this.context = context;
        this.views = views;
    }

    /** The partnership's groups in the order of {@link GroupKind}. */
    @Transactional(readOnly = true)
    public List<GroupView> groups(long id, CurrentUser user) {
        return views.all(context.visible(id, user), groups.findByPartnershipId(id));
    }

    /** @throws NotFoundException when the group is not one of this partnership's */
    @Transactional(readOnly = true)
    public GroupView group(long id, long groupId, CurrentUser user) {
        var p = context.visible(id, user);
        return views.view(p, find(id, groupId));
    }

    /** Creates the groups every partnership should have (all but the optional ones) that it does not have yet. */
    @Transactional
    public List<GroupView> setUpStandard(long id, CurrentUser user) {
        var p = context.managed(id, user);
        var have = groups.findByPartnershipId(id).stream()
                .map(GovernanceGroup::kind)
                .toList();
        Arrays.stream(GroupKind.values())
                .filter(k -> !k.optional() && !have.contains(k))
                .forEach(k -> {
                    var g = groups.save(GovernanceGroup.create(id, k));
                    context.record(
                            SUBJECT,
                            g.id(),
                            id,
                            "governance.audit.groupSetUp",
                            Changes.create().field("governance.audit.group", null, k.labelKey()));
                });
        return views.all(p, groups.findByPartnershipId(id));
    }

    /** @throws InvalidInputException when the partnership already has a group of this kind */
    @Transactional
    public GroupView create(long id, GroupKind kind, CurrentUser user) {
        var p = context.managed(id, user);
        if (kind == null) {
            throw InvalidInputException.of("kind", "governance.group.chooseKind");
        }
        if (groups.findByPartnershipIdAndKind(id, kind).isPresent()) {
            throw InvalidInputException.of("kind", "governance.group.exists", Message.of(kind.labelKey()));
        }
        var g = groups.save(GovernanceGroup.create(id, kind));
        context.record(
                SUBJECT,
                g.id(),
                id,
                "governance.audit.groupSetUp",
                Changes.create().field("governance.audit.group", null, kind.labelKey()));
        return views.view(p, g);
    }

    @Transactional
    public GroupView addMember(long id, long groupId, MemberDetails details, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        var person = details.personId() == null
                ? context.person(details.email())
                : context.people(java.util.List.of(details.personId())).get(details.personId());
        if (person == null) {
            throw InvalidInputException.of("personId", "governance.group.chooseMember");
        }
        GovernanceContext.requireMember(p, person);
        Long organisation = details.asServiceUser() ? null : person.organisationId();
        if (!details.asServiceUser()) {
            boolean partner =
                    organisation != null && p.partners().stream().anyMatch(x -> x.organisationId() == organisation);
            if (!partner) {
                throw InvalidInputException.of(
                        "email",
                        person.organisationName() == null
                                ? Message.of("governance.group.noOrganisation", person.fullName())
                                : Message.of("governance.role.notPartner", person.organisationName()));
            }
        }
        g.addMember(person.id(), organisation);
        return saved(
                p,
                g,
                "governance.audit.memberAdded",
                Changes.create()
                        .field("governance.audit.group", null, g.kind().labelKey())
                        .field("governance.audit.member", null, person.fullName())
                        .field(
                                "governance.audit.for",
                                null,
                                organisation == null ? "governance.audit.serviceUser" : person.organisationName()));
    }

    @Transactional
    public GroupView removeMember(long id, long groupId, long personId, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        g.removeMember(personId);
        return saved(
                p,
                g,
                "governance.audit.memberRemoved",
                Changes.create()
                        .field("governance.audit.group", null, g.kind().labelKey())
                        .field("governance.audit.member", name(personId), null));
    }

    @Transactional
    public GroupView addWorkstream(long id, long groupId, String name, Long leadPersonId, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        g.addWorkstream(name, leadPersonId);
        return saved(
                p,
                g,
                "governance.audit.workstreamAdded",
                Changes.create()
                        .field("governance.audit.workstream", null, name.strip())
                        .field("governance.audit.lead", null, name(leadPersonId)));
    }

    @Transactional
    public GroupView removeWorkstream(long id, long groupId, String name, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        g.removeWorkstream(name);
        return saved(
                p,
                g,
                "governance.audit.workstreamRemoved",
                Changes.create().field("governance.audit.workstream", name, null));
    }

    /** @throws InvalidInputException when the organisation is unknown or is a core partner */
    @Transactional
    public GroupView addProvider(long id, long groupId, Long organisationId, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        var org = organisationId == null
                ? null
                : context.organisations(List.of(organisationId)).get(organisationId);
        if (org == null) {
            throw InvalidInputException.of("organisationId", "governance.group.chooseFromDirectory");
        }
        if (views.corePartner(p, organisationId)) {
            throw InvalidInputException.of("organisationId", "governance.group.providerIsCore", org.name());
        }
        g.addProvider(organisationId);
        return saved(
                p,
                g,
                "governance.audit.providerAdded",
                Changes.create().field("governance.audit.provider", null, org.name()));
    }

    @Transactional
    public GroupView removeProvider(long id, long groupId, long organisationId, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        g.removeProvider(organisationId);
        var org = context.organisations(List.of(organisationId)).get(organisationId);
        return saved(
                p,
                g,
                "governance.audit.providerRemoved",
                Changes.create().field("governance.audit.provider", org == null ? null : org.name(), null));
    }

    List<GovernanceGroup> stored(long id) {
        return groups.findByPartnershipId(id).stream()
                .sorted(Comparator.comparing(GovernanceGroup::kind))
                .toList();
    }

    private GovernanceGroup find(long id, long groupId) {
        return groups.findById(groupId)
                .filter(g -> g.partnershipId() == id)
                .orElseThrow(() -> new NotFoundException("Group"));
    }

    private GroupView saved(PartnershipView p, GovernanceGroup g, String action, Changes changes) {
        var saved = groups.save(g);
        context.record(SUBJECT, saved.id(), p.id(), action, changes);
        return views.view(p, saved);
    }

    private String name(Long personId) {
        var person = personId == null ? null : context.people(List.of(personId)).get(personId);
        return person == null ? null : person.fullName();
    }
}
