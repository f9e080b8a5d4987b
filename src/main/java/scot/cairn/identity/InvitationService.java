package scot.cairn.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.identity.AccountLinks.Purpose;
import scot.cairn.platform.InvalidInputException;

/**
 * Invitations: the account side of getting someone into Cairn. A person without an account gets one that no password
 * opens, and an email with a single-use link, valid for {@link #VALID_FOR}, to choose their own password; the link
 * then signs them in and takes them where they were invited. Inviting again someone who has not used their invitation
 * replaces the old link. Someone who already signs in gets nothing from here: the caller tells them (a partnership
 * publishes that they were added). Callers decide who may invite; this class does not.
 */
@Service
public class InvitationService {

    /** How long an invitation link works. */
    public static final Duration VALID_FOR = Duration.ofDays(7);

    /**
     * Whom to invite, where to, and by whom.
     *
     * @param landing where the link takes them once their password is set: a path on Cairn such as {@code
     *     /partnerships/3}
     * @param place what they are invited to, in words (a partnership's title), or null for Cairn itself
     */
    public record Invitation(String fullName, String email, CurrentUser by, String landing, String place) {}

    /**
     * What an invitation did.
     *
     * @param sent whether an invitation email went out; false for someone who already signs in
     * @param expiresAt when the link sent stops working; null when nothing was sent
     */
    public record Invited(long personId, String fullName, String email, boolean sent, Instant expiresAt) {}

    private final AccountLinks links;
    private final AccountService accounts;
    private final PersonService people;
    private final Sending sending;

    InvitationService(AccountLinks links, AccountService accounts, PersonService people, Sending sending) {
        this.links = links;
        this.accounts = accounts;
        this.people = people;
        this.sending = sending;
    }

    /** What writes the email and what sets the password; a record so the service has four collaborators. */
    @org.springframework.stereotype.Component
    record Sending(LinkNotices notices, PasswordService passwords) {}

    /**
     * Invites someone by name and email. A person already in the directory keeps their details; one not in it is
     * added. Nothing is saved when the details are wrong.
     *
     * @param requestLanguage the language of the request, used when the invitee has no language chosen
     * @throws InvalidInputException naming {@code fullName} or {@code email} when either is wrong
     */
    @Transactional
    public Invited invite(Invitation invitation, Locale requestLanguage) {
        return invite(invitation, false, requestLanguage);
    }

    /** As {@link #invite(Invitation, Locale)}, giving a new account the administrator right when asked. */
    @Transactional
    Invited invite(Invitation invitation, boolean administrator, Locale requestLanguage) {
        var person = people.findByEmail(
                        invitation.email() == null ? "" : invitation.email().strip())
                .orElseGet(() ->
                        people.createInvited(new PersonDetails(invitation.fullName(), invitation.email(), null, null)));
        var account = accounts.accountOf(person.id());
        if (account.isPresent() && !links.pendingInvitation(account.get().id())) {
            return new Invited(person.id(), person.fullName(), person.email(), false, null);
        }
        long accountId = account.map(AccountSummary::id)
                .orElseGet(
                        () -> accounts.openInvited(person.id(), administrator).id());
        links.withdraw(Purpose.INVITATION, accountId);
        var issued = links.issue(
                Purpose.INVITATION,
                person.email(),
                accountId,
                invitation.landing(),
                invitation.by().personId(),
                VALID_FOR);
        sending.notices()
                .invitation(
                        person.id(),
                        person.email(),
                        person.fullName(),
                        invitation.by(),
                        invitation.place(),
                        issued,
                        requestLanguage);
        return new Invited(person.id(), person.fullName(), person.email(), true, issued.expiresAt());
    }

    /**
     * For each of these people who were invited and have not chosen a password yet, when their latest invitation
     * expires (or expired).
     */
    @Transactional(readOnly = true)
    public Map<Long, Instant> pending(Collection<Long> personIds) {
        return links.pendingInvitationsOfPeople(personIds);
    }

    /** Whether the invitation link can be used, and if not, why. Never uses it. */
    @Transactional(readOnly = true)
    public LinkState check(String token) {
        return links.state(Purpose.INVITATION, token);
    }

    /**
     * Sets the invitee's first password and uses the invitation up.
     *
     * @return who the person is, to sign them in, and where to take them
     * @throws LinkRefusedException when the link expired, was used or is unknown
     * @throws InvalidInputException naming {@code password} or {@code confirmPassword}
     */
    @Transactional
    public Accepted accept(String token, String password, String confirmation) {
        var link = links.requireOpen(Purpose.INVITATION, token);
        var user = accounts.user(link.accountId());
        sending.passwords().replace(user, password, confirmation, "identity.audit.invitationAccepted");
        links.use(link.id());
        return new Accepted(user, link.landing() == null ? "/partnerships" : link.landing());
    }

    /** Who accepted an invitation, and where they were invited. */
    public record Accepted(CurrentUser user, String landing) {}
}
