package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.directory.ContactDetails;
import scot.cairn.directory.PersonContact;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.api.PartnershipResource.MemberResource;
import scot.cairn.partnership.api.PartnershipResource.PartnerResource;
import scot.cairn.platform.NotFoundException;

/** Partner organisations with their standing, and members with their role. Changes are for managers only. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partners and members", description = "Who takes part in a partnership, and how")
class MembershipApiController {

    private final PartnershipService partnerships;
    private final MembershipService membership;

    MembershipApiController(PartnershipService partnerships, MembershipService membership) {
        this.partnerships = partnerships;
        this.membership = membership;
    }

    @GetMapping("/partners")
    @Operation(summary = "List partners", description = "Core partners first, then consulted, then informed.")
    List<PartnerResource> listPartners(@PathVariable long id, CurrentUser user) {
        return partnerships.get(id, user).partners().stream()
                .map(PartnerResource::from)
                .toList();
    }

    @PutMapping("/partners/{organisationId}")
    @Operation(
            summary = "Add a partner or change its standing",
            description = "The lead partner must stay a core partner. Answers the partners after the change.")
    List<PartnerResource> setPartner(
            @PathVariable long id,
            @PathVariable long organisationId,
            @RequestBody PartnerChange change,
            CurrentUser user) {
        membership.setPartner(id, organisationId, change.standing(), user);
        return listPartners(id, user);
    }

    @DeleteMapping("/partners/{organisationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a partner", description = "Choose another lead partner before removing the lead.")
    void removePartner(@PathVariable long id, @PathVariable long organisationId, CurrentUser user) {
        membership.removePartner(id, organisationId, user);
    }

    @GetMapping("/members")
    @Operation(summary = "List members", description = "Managers first, then members, then observers.")
    List<MemberResource> listMembers(@PathVariable long id, CurrentUser user) {
        return partnerships.get(id, user).members().stream()
                .map(MemberResource::from)
                .toList();
    }

    @PutMapping("/members")
    @Operation(
            summary = "Add a member or change their role",
            description = "Finds the person by email address in the directory. A partnership always keeps at least"
                    + " one manager. Answers the members after the change.")
    List<MemberResource> setMember(@PathVariable long id, @Valid @RequestBody MemberChange change, CurrentUser user) {
        membership.setMember(id, change.email(), change.role(), user);
        return listMembers(id, user);
    }

    /**
     * A member without an email address: name, how to reach them, what they agreed to, and their role when adding them;
     * the version read when changing them.
     */
    record MemberWithoutEmail(
            Integer version, String fullName, String phone, String postalAddress, String consent, MemberRole role) {

        ContactDetails details() {
            return new ContactDetails(fullName, phone, postalAddress, consent);
        }
    }

    /** How to reach a member without an email address, with the version to send back when changing it. */
    record ContactResource(
            long personId,
            int version,
            String fullName,
            String phone,
            String postalAddress,
            String consent,
            LocalDate consentOn,
            String recordedBy) {

        static ContactResource from(PersonContact c) {
            return new ContactResource(
                    c.personId(),
                    c.version(),
                    c.fullName(),
                    c.phone(),
                    c.postalAddress(),
                    c.consent(),
                    c.consentOn(),
                    c.recordedBy());
        }
    }

    @PostMapping("/members/without-email")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a member who has no email address",
            description = "Records a carer or person who uses the service by name, with optional phone and postal"
                    + " address and what they agreed to, and adds them as a member or observer (they cannot sign"
                    + " in, so cannot manage). Managers only. Answers how to reach them.")
    ContactResource addWithoutEmail(@PathVariable long id, @RequestBody MemberWithoutEmail body, CurrentUser user) {
        var person = membership.addWithoutEmail(id, body.details(), body.role(), user);
        return contact(id, person.id(), user);
    }

    @GetMapping("/members/{personId}/contact")
    @Operation(
            summary = "How to reach a member without an email address",
            description = "Managers only; 404 for anyone else and for members who have an email address.")
    ContactResource contact(@PathVariable long id, @PathVariable long personId, CurrentUser user) {
        var contact = membership.contacts(id, user).get(personId);
        if (contact == null) {
            throw new NotFoundException("Member");
        }
        return ContactResource.from(contact);
    }

    @PutMapping("/members/{personId}/contact")
    @Operation(
            summary = "Change how to reach a member without an email address",
            description =
                    "Send the version read; the role is not changed here. When what they agreed to changes, today's date is recorded.")
    ContactResource changeContact(
            @PathVariable long id,
            @PathVariable long personId,
            @RequestBody MemberWithoutEmail body,
            CurrentUser user) {
        return ContactResource.from(membership.changeContact(id, personId, body.version(), body.details(), user));
    }

    @DeleteMapping("/members/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove a member",
            description = "The last manager cannot be removed. A member who still holds seats or roles is refused"
                    + " with what they hold, unless endHeld=true: then those end in the same step.")
    void removeMember(
            @PathVariable long id,
            @PathVariable long personId,
            @RequestParam(defaultValue = "false") boolean endHeld,
            CurrentUser user) {
        membership.removeMember(id, personId, endHeld, user);
    }
}
