package scot.cairn.governance;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.MemberReferences;
import scot.cairn.partnership.PartnerReferences;
import scot.cairn.partnership.Role;
import scot.cairn.platform.Changes;
import scot.cairn.platform.Message;

/**
 * What governance holds for a partner or a member. A partner cannot leave while people sit on groups or hold roles for
 * it, or while it is on the providers' forum. A member who leaves gives up their seats, workstream leads and roles in
 * the same step, when the manager chooses so; a lead sponsor who leaves passes the lead to another sponsor.
 */
@Component
class GovernanceReferences implements PartnerReferences, MemberReferences {

    private final GroupRepository groups;
    private final RoleRepository roles;
    private final GovernanceContext context;
    private final MessageSource messages;

    GovernanceReferences(
            GroupRepository groups, RoleRepository roles, GovernanceContext context, MessageSource messages) {
        this.groups = groups;
        this.roles = roles;
        this.context = context;
        this.messages = messages;
    }

    /** Words for the partnership's refusal, which it shows as they are: in the reader's language here. */
    private String words(String key, Object... args) {
        return messages.getMessage(Message.of(key, args), LocaleContextHolder.getLocale());
    }

    @Override
    public List<String> heldFor(long partnershipId, long organisationId) {
        var held = new ArrayList<String>();
        var all = groups.findByPartnershipId(partnershipId);
        long seats = all.stream()
                .flatMap(g -> g.members().stream())
                .filter(m -> m.organisationId() != null && m.organisationId() == organisationId)
                .count();
        if (seats > 0) {
            held.add(words("governance.held.seats", seats));
        }
        boolean forum = all.stream()
                .flatMap(g -> g.providers().stream())
                .anyMatch(provider -> provider.organisationId() == organisationId);
        if (forum) {
            held.add(words("governance.held.forum"));
        }
        long assignments = roles.findByPartnershipId(partnershipId).stream()
                .filter(a -> a.organisationId() != null && a.organisationId() == organisationId)
                .count();
        if (assignments > 0) {
            held.add(words("governance.held.roles", assignments));
        }
        return held;
    }

    @Override
    public List<String> heldBy(long partnershipId, long personId) {
        var held = new ArrayList<String>();
        for (var g : groups.findByPartnershipId(partnershipId)) {
            if (g.members().stream().anyMatch(m -> m.personId() == personId)) {
                held.add(words("governance.held.seat", Message.of(g.kind().labelKey())));
            }
            g.workstreams().stream()
                    .filter(w -> Long.valueOf(personId).equals(w.leadPersonId()))
                    .forEach(w -> held.add(words("governance.held.workstream", w.name())));
        }
        roles.findByPartnershipId(partnershipId).stream()
                .filter(a -> a.personId() == personId)
                .forEach(a -> held.add(
                        words("governance.held.role", Message.of(a.role().labelKey()))));
        return held;
    }

    @Override
    public void release(long partnershipId, long personId) {
        for (var g : groups.findByPartnershipId(partnershipId)) {
            if (g.release(personId)) {
                groups.save(g);
                record(
                        GroupService.SUBJECT,
                        g.id(),
                        partnershipId,
                        Changes.create()
                                .field("governance.audit.group", g.kind().labelKey(), null),
                        personId);
            }
        }
        var all = roles.findByPartnershipId(partnershipId);
        var leaving = all.stream().filter(a -> a.personId() == personId).toList();
        boolean leadLeaves = leaving.stream().anyMatch(RoleAssignment::leadSponsor);
        leaving.forEach(a -> {
            roles.delete(a);
            record(
                    RoleService.SUBJECT,
                    a.id(),
                    partnershipId,
                    Changes.create().field("governance.audit.role", a.role().labelKey(), null),
                    personId);
        });
        if (leadLeaves) {
            all.stream()
                    .filter(a -> a.personId() != personId && a.role() == Role.SENIOR_SPONSOR)
                    .findFirst()
                    .ifPresent(next -> {
                        next.lead(true);
                        roles.save(next);
                        record(
                                RoleService.SUBJECT,
                                next.id(),
                                partnershipId,
                                Changes.create().note("governance.audit.becameLead"),
                                next.personId());
                    });
        }
    }

    private void record(String subject, long subjectId, long partnershipId, Changes what, long personId) {
        var name = context.people(List.of(personId)).get(personId);
        context.record(
                subject,
                subjectId,
                partnershipId,
                "governance.audit.removedWithMember",
                Changes.create()
                        .field("governance.audit.member", name == null ? null : name.fullName(), null)
                        .note(what.toString()));
    }
}
