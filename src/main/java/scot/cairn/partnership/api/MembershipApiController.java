package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.api.PartnershipResource.MemberResource;
import scot.cairn.partnership.api.PartnershipResource.PartnerResource;

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
