package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberInvitations;
import scot.cairn.partnership.MemberRole;

/** Inviting people into a partnership by name and email: managers only. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/invitations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partners and members")
class InvitationApiController {

    /** Whom to invite, and with which role. */
    @Schema(name = "InvitationRequest")
    record InvitationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email")
            String email,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            MemberRole role) {}

    /** A person invited: now a member, with whether an invitation email went out and until when its link works. */
    @Schema(name = "Invitation")
    record InvitationResource(
            long personId,
            String fullName,
            String email,
            MemberRole role,

            @Schema(
                    description = "True when an invitation email went out; false for someone who already signs in,"
                            + " who was added and is told by notification")
            boolean invitationSent,

            @Schema(description = "When the link stops working; absent when no email was sent")
            Instant expiresAt) {

        static InvitationResource of(MemberInvitations.Invited i) {
            return new InvitationResource(i.personId(), i.fullName(), i.email(), i.role(), i.sent(), i.expiresAt());
        }
    }

    private final MemberInvitations invitations;

    InvitationApiController(MemberInvitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping
    @Operation(
            summary = "Invite a person by name and email with a role",
            description = "Managers only (403 otherwise; 404 for people who cannot see the partnership). Someone"
                    + " without an account becomes a member at once and gets an email with a link to choose a"
                    + " password (once, for 7 days); inviting them again replaces the link. Someone who already"
                    + " signs in becomes a member at once and is told by notification. A person already in the"
                    + " partnership, a full partnership (500 members) or a closed one is a 400 Problem Details"
                    + " saying why. Answers 201 with the member's resource in the partnership's member list.")
    ResponseEntity<InvitationResource> invite(
            @PathVariable long id, @RequestBody InvitationRequest request, CurrentUser user, Locale locale) {
        var invited = invitations.invite(id, request.name(), request.email(), request.role(), user, locale);
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/partnerships/{id}/members")
                .buildAndExpand(id)
                .toUri();
        return ResponseEntity.created(location).body(InvitationResource.of(invited));
    }
}
