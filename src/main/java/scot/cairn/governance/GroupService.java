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
                            "Group set up",
                            Changes.create().note(k.label()));
                });
        return views.all(p, groups.findByPartnershipId(id));
    }

    /** @throws InvalidInputException when the partnership already has a group of this kind */
    @Transactional
    public GroupView create(long id, GroupKind kind, CurrentUser user) {
        var p = context.managed(id, user);
        if (kind == null) {
            throw InvalidInputException.of("kind", "Choose which group to set up");
        }
        if (groups.findByPartnershipIdAndKind(id, kind).isPresent()) {
            throw InvalidInputException.of("kind", "This partnership already has a " + kind.label());
        }
        var g = groups.save(GovernanceGroup.create(id, kind));
        context.record(SUBJECT, g.id(), id, "Group set up", Changes.create().note(kind.label()));
        return views.view(p, g);
    }

    @Transactional
    public GroupView addMember(long id, long groupId, MemberDetails details, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        var person = context.person(details.email());
        GovernanceContext.requireMember(p, person);
        Long organisation = details.asServiceUser() ? null : person.organisationId();
        if (!details.asServiceUser()) {
            boolean partner =
                    organisation != null && p.partners().stream().anyMatch(x -> x.organisationId() == organisation);
            if (!partner) {
                throw InvalidInputException.of(
                        "email",
                        person.organisationName() == null
                                ? person.fullName() + " has no organisation: add them as a service user, family member"
                                        + " or carer"
                                : person.organisationName() + " is not a partner in this partnership");
            }
        }
        g.addMember(person.id(), organisation);
        return saved(
                p,
                g,
                "Group member added",
                person.fullName() + " joined the " + g.kind().label()
                        + (organisation == null ? " as a service user" : " for " + person.organisationName()));
    }

    @Transactional
    public GroupView removeMember(long id, long groupId, long personId, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        g.removeMember(personId);
        return saved(
                p,
                g,
                "Group member removed",
                name(personId) + " left the " + g.kind().label());
    }

    @Transactional
    public GroupView addWorkstream(long id, long groupId, String name, Long leadPersonId, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        g.addWorkstream(name, leadPersonId);
        return saved(p, g, "Workstream added", "Workstream " + name.strip() + " led by " + name(leadPersonId));
    }

    @Transactional
    public GroupView removeWorkstream(long id, long groupId, String name, CurrentUser user) {
        var p = context.managed(id, user);
        var g = find(id, groupId);
        g.removeWorkstream(name);
        return saved(p, g, "Workstream removed", "Workstream " + name);
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
            throw InvalidInputException.of("organisationId", "Choose an organisation from the directory");
        }
        if (views.corePartner(p, organisationId)) {
            throw InvalidInputException.of(
                    "organisationId", org.name() + " is a core partner, so it cannot be an informed provider");
        }
        g.addProvider(organisationId);
        return saved(p, g, "Informed provider added", org.name() + " is kept informed");
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
                "Informed provider removed",
                (org == null ? "An organisation" : org.name()) + " is no longer in the forum");
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

    private GroupView saved(PartnershipView p, GovernanceGroup g, String action, String note) {
        var saved = groups.save(g);
        context.record(SUBJECT, saved.id(), p.id(), action, Changes.create().note(note));
        return views.view(p, saved);
    }

    private String name(Long personId) {
        var person = personId == null ? null : context.people(List.of(personId)).get(personId);
        return person == null ? "(nobody)" : person.fullName();
    }
}
