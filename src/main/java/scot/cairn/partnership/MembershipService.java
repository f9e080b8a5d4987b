package scot.cairn.partnership;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.ContactDetails;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.PersonContact;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;

/**
 * Who takes part in a partnership: partner organisations with their standing, and members with their role. A partner
 * or member who still holds seats or roles elsewhere (see {@link PartnerReferences} and {@link MemberReferences}) is
 * not removed until those end, so nobody holds a role in a partnership they can no longer see.
 */
@Service
public class MembershipService {

    private final PartnershipRepository partnerships;
    private final PartnershipScope access;
    private final PartnershipService core;
    private final Directory directory;

    MembershipService(
            PartnershipRepository partnerships, PartnershipScope access, PartnershipService core, Directory directory) {
        this.partnerships = partnerships;
        this.access = access;
        this.core = core;
        this.directory = directory;
    }

    /** The directory, what other modules hold for partners and members, and where removals are announced. */
    @org.springframework.stereotype.Component
    record Directory(
            OrganisationService organisations,
            PersonService people,
            java.util.List<PartnerReferences> partnerReferences,
            java.util.List<MemberReferences> memberReferences,
            ApplicationEventPublisher events) {}

    /** Adds an organisation as a partner, or changes its standing if it already is one. */
    @Transactional
    public void setPartner(long id, long organisationId, Standing standing, CurrentUser user) {
        var p = access.managed(id, user);
        if (standing == null) {
            throw InvalidInputException.of("standing", "partnership.partners.chooseStanding");
        }
        var org = directory
                .organisations()
                .getAll(java.util.List.of(organisationId))
                .get(organisationId);
        if (org == null) {
            throw InvalidInputException.of("organisationId", "partnership.partners.chooseOrganisation");
        }
        var before = p.standings().get(organisationId);
        p.setPartner(organisationId, standing);
        partnerships.save(p);
        core.record(
                id,
                before == null ? "partnership.audit.partnerAdded" : "partnership.audit.standingChanged",
                Changes.create().field(org.name(), before == null ? null : before.labelKey(), standing.labelKey()));
    }

    @Transactional
    public void removePartner(long id, long organisationId, CurrentUser user) {
        var p = access.managed(id, user);
        var before = p.standings().get(organisationId);
        if (before == null) {
            throw new NotFoundException("Partner");
        }
        var name = directory.organisations().get(organisationId).name();
        var held = directory.partnerReferences().stream()
                .flatMap(r -> r.heldFor(id, organisationId).stream())
                .toList();
        if (!held.isEmpty()) {
            throw InvalidInputException.of("organisationId", "partnership.partners.stillHeld", name, words(held));
        }
        p.removePartner(organisationId);
        partnerships.save(p);
        core.record(id, "partnership.audit.partnerRemoved", Changes.create().field(name, before.labelKey(), null));
    }

    /** Adds a person (found by email address) as a member, or changes their role if they already are one. */
    @Transactional
    public void setMember(long id, String email, MemberRole role, CurrentUser user) {
        var p = access.managed(id, user);
        var person = directory
                .people()
                .findByEmail(email)
                .orElseThrow(() -> InvalidInputException.of("email", "partnership.members.notInCairn"));
        if (role == null) {
            throw InvalidInputException.of("role", "partnership.members.chooseRole");
        }
        var before = p.role(person.id()).orElse(null);
        p.setMember(person.id(), role);
        partnerships.save(p);
        core.record(
                id,
                before == null ? "partnership.audit.memberAdded" : "partnership.audit.roleChanged",
                Changes.create().field(person.fullName(), before == null ? null : before.labelKey(), role.labelKey()));
        if (before == null) {
            directory.events().publishEvent(new MemberAdded(id, person.id(), role, user.personId()));
        }
    }

    /**
     * Changes a member's role. A person without an email address cannot sign in, so cannot manage.
     *
     * @throws NotFoundException when they are not a member
     */
    @Transactional
    public void setRole(long id, long personId, MemberRole role, CurrentUser user) {
        var p = access.managed(id, user);
        var before = p.role(personId).orElseThrow(() -> new NotFoundException("Member"));
        var person = directory.people().get(personId);
        new InvalidInputException.Collector()
                .rejectIf(role == null, "role", "partnership.members.chooseRole")
                .rejectIf(
                        role == MemberRole.MANAGER && !person.hasEmail(),
                        "role",
                        "partnership.members.managerNeedsEmail",
                        person.fullName())
                .throwIfAny();
        p.setMember(personId, role);
        partnerships.save(p);
        core.record(
                id,
                "partnership.audit.roleChanged",
                Changes.create().field(person.fullName(), before.labelKey(), role.labelKey()));
    }

    /**
     * Records a person who has no email address (a carer, someone who uses the service) and adds them as a member, so
     * they can sit on a group and be invited to meetings. They cannot sign in, so they cannot manage.
     *
     * @throws InvalidInputException naming each field that breaks a rule; nothing is saved then
     */
    @Transactional
    public PersonSummary addWithoutEmail(long id, ContactDetails details, MemberRole role, CurrentUser user) {
        var p = access.managed(id, user);
        new InvalidInputException.Collector()
                .rejectIf(role == null, "role", "partnership.members.chooseRole")
                .rejectIf(
                        role == MemberRole.MANAGER,
                        "role",
                        "partnership.members.managerNeedsEmail",
                        details.fullName() == null ? "" : details.fullName().strip())
                .throwIfAny();
        var person = directory.people().recordWithoutEmail(details, user.personId());
        p.setMember(person.id(), role);
        partnerships.save(p);
        core.record(
                id,
                "partnership.audit.memberRecorded",
                Changes.create().field(person.fullName(), null, role.labelKey()));
        directory.events().publishEvent(new MemberAdded(id, person.id(), role, user.personId()));
        return person;
    }

    /**
     * How to reach the members who have no email address, by person, for those who manage the partnership (who invite
     * them and send them papers); empty for everyone else.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, PersonContact> contacts(long id, CurrentUser user) {
        var a = access.requireRead(id, user);
        if (!a.manages()) {
            return java.util.Map.of();
        }
        var contacts = new java.util.LinkedHashMap<Long, PersonContact>();
        a.partnership().members().stream()
                .filter(m -> m.email() == null)
                .forEach(m -> directory.people().contact(m.personId()).ifPresent(c -> contacts.put(m.personId(), c)));
        return contacts;
    }

    /**
     * Changes the details of a member without an email address and what they agreed to. Managers only.
     *
     * @throws NotFoundException when they are not a member
     */
    @Transactional
    public PersonContact changeContact(
            long id, long personId, Integer seenVersion, ContactDetails details, CurrentUser user) {
        var p = access.managed(id, user);
        p.role(personId).orElseThrow(() -> new NotFoundException("Member"));
        var changed = directory.people().changeContact(personId, seenVersion, details);
        core.record(id, "partnership.audit.contactChanged", Changes.create().note(changed.fullName()));
        return changed;
    }

    /**
     * What the member still holds in the partnership's other modules, such as "a seat on the Project Board": each a
     * bundle key, or words from a module whose words are not in a bundle yet.
     */
    @Transactional(readOnly = true)
    public java.util.List<String> heldBy(long id, long personId, CurrentUser user) {
        access.requireRead(id, user);
        return directory.memberReferences().stream()
                .flatMap(r -> r.heldBy(id, personId).stream())
                .toList();
    }

    /**
     * Removes a member. When they still hold seats or roles, the removal is refused with what holds them, unless
     * {@code endHeld} is true: then those end in the same step.
     */
    @Transactional
    public void removeMember(long id, long personId, boolean endHeld, CurrentUser user) {
        var p = access.managed(id, user);
        var before = p.role(personId).orElseThrow(() -> new NotFoundException("Member"));
        var name = directory.people().get(personId).fullName();
        var held = directory.memberReferences().stream()
                .flatMap(r -> r.heldBy(id, personId).stream())
                .toList();
        if (!held.isEmpty() && !endHeld) {
            throw InvalidInputException.of("personId", "partnership.members.stillHolds", name, words(held));
        }
        p.removeMember(personId);
        partnerships.save(p);
        if (!held.isEmpty()) {
            directory.memberReferences().forEach(r -> r.release(id, personId));
        }
        core.record(
                id,
                "partnership.audit.memberRemoved",
                Changes.create()
                        .field(name, before.labelKey(), null)
                        .field("partnership.audit.endedWithMember", null, String.join(", ", held)));
        directory.events().publishEvent(new MemberRemoved(id, personId, before, user.personId(), core.now()));
    }

    /**
     * What other modules hold, as one list in the reader's language ("1 seat on a group, 1 role"): each item a bundle
     * key or, until their words move, words as they are.
     */
    private static Message words(java.util.List<String> held) {
        Message list = Message.of(held.get(held.size() - 1));
        for (int i = held.size() - 2; i >= 0; i--) {
            list = Message.of("partnership.list.more", Message.of(held.get(i)), list);
        }
        return list;
    }
}
