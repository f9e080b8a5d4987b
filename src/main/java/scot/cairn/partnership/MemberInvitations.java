package scot.cairn.partnership;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.InvitationService;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;

/**
 * A manager invites a person by name and email with a role. Someone without an account becomes a member at once, with
 * an invitation email to choose a password (identity's {@link InvitationService}); someone who already signs in
 * becomes a member and {@link MemberAdded} is published, so that they are told. Inviting again someone who has not
 * used their invitation sends a new link in place of the old one. A person who already takes part is refused, as is
 * anyone once the members limit is reached, and every change to a closed partnership.
 */
@Service
public class MemberInvitations {

    private final PartnershipRepository partnerships;
    private final PartnershipScope access;
    private final PartnershipService core;
    private final Sending sending;

    MemberInvitations(
            PartnershipRepository partnerships, PartnershipScope access, PartnershipService core, Sending sending) {
        this.partnerships = partnerships;
        this.access = access;
        this.core = core;
        this.sending = sending;
    }

    /** Identity's invitations and where additions are announced; a record so the service has four collaborators. */
    @org.springframework.stereotype.Component
    record Sending(InvitationService invitations, ApplicationEventPublisher events) {}

    /**
     * What an invitation did.
     *
     * @param sent whether an invitation email went out (false: they already sign in and are told by notification)
     * @param expiresAt when the link sent stops working, or null
     */
    public record Invited(
            long personId, String fullName, String email, MemberRole role, boolean sent, Instant expiresAt) {}

    /**
     * Invites a person into the partnership with a role.
     *
     * @param requestLanguage the language of the request, for the email when the invitee has none chosen
     * @throws InvalidInputException naming {@code name}, {@code email} or {@code role}; or when they already take
     *     part, the members limit is reached or the partnership is closed
     * @throws scot.cairn.platform.ForbiddenException for anyone who does not manage the partnership
     */
    @Transactional
    public Invited invite(
            long id, String name, String email, MemberRole role, CurrentUser user, Locale requestLanguage) {
        var p = access.managed(id, user);
        new InvalidInputException.Collector()
                .rejectIf(name == null || name.isBlank(), "name", "partnership.invite.nameMissing")
                .rejectIf(email == null || email.isBlank(), "email", "partnership.invite.emailMissing")
                .rejectIf(role == null, "role", "partnership.members.chooseRole")
                .throwIfAny();
        var invited = invitation(p, name, email, user, requestLanguage);
        var before = p.role(invited.personId());
        if (before.isPresent() && !invited.sent()) {
            throw InvalidInputException.of("email", "partnership.invite.alreadyMember", email.strip());
        }
        p.setMember(invited.personId(), role);
        partnerships.save(p);
        core.record(
                id,
                before.isPresent()
                        ? "partnership.audit.invitedAgain"
                        : invited.sent() ? "partnership.audit.memberInvited" : "partnership.audit.memberAdded",
                Changes.create()
                        .field(
                                invited.fullName(),
                                before.map(MemberRole::labelKey).orElse(null),
                                role.labelKey()));
        if (!invited.sent()) {
            sending.events().publishEvent(new MemberAdded(id, invited.personId(), role, user.personId()));
        }
        return new Invited(
                invited.personId(), invited.fullName(), invited.email(), role, invited.sent(), invited.expiresAt());
    }

    /** An invitation not used yet: when its link stops (or stopped) working. */
    public record Pending(Instant expiresAt, boolean expired) {}

    /** For each of these people invited who have not chosen a password yet, their latest invitation. */
    @Transactional(readOnly = true)
    public Map<Long, Pending> pending(Collection<Long> personIds) {
        Instant now = core.now();
        var pending = new java.util.HashMap<Long, Pending>();
        sending.invitations()
                .pending(personIds)
                .forEach((person, expires) -> pending.put(person, new Pending(expires, !now.isBefore(expires))));
        return pending;
    }

    private InvitationService.Invited invitation(
            Partnership p, String name, String email, CurrentUser user, Locale requestLanguage) {
        try {
            return sending.invitations()
                    .invite(
                            new InvitationService.Invitation(name, email, user, "/partnerships/" + p.id(), p.title()),
                            requestLanguage);
        } catch (InvalidInputException e) {
            // The directory names the fields of a person; this form names them name and email.
            var renamed = new java.util.LinkedHashMap<String, scot.cairn.platform.Message>();
            e.fieldErrors()
                    .forEach((field, message) -> renamed.put("fullName".equals(field) ? "name" : field, message));
            throw new InvalidInputException(renamed);
        }
    }
}
