package scot.cairn.notification;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.PartnershipScope;

/**
 * Whom to tell about something in a partnership: its members who have an account, as the access model sees them now,
 * narrowed by what they may do there (approve, sign). A person who cannot see the partnership is never told.
 */
@Component
class Recipients {

    private final PartnershipScope scope;
    private final AccountService accounts;

    Recipients(PartnershipScope scope, AccountService accounts) {
        this.scope = scope;
        this.accounts = accounts;
    }

    /** The people to tell, and the partnership's title as they see it. */
    record Audience(String title, List<CurrentUser> people) {
        static final Audience NOBODY = new Audience("", List.of());
    }

    /** Every member who can read the partnership, but not {@code except} (who did it; null for nobody). */
    Audience members(long partnershipId, Long except) {
        return who(partnershipId, except, access -> true);
    }

    /** Members who may approve the board's business now (board members who take part, partnership open). */
    Audience approvers(long partnershipId, Long except) {
        return who(partnershipId, except, Access::mayApprove);
    }

    /** Members for whom {@code may} holds. */
    Audience who(long partnershipId, Long except, Predicate<Access> may) {
        var told = scope.memberIds(partnershipId).stream()
                .filter(id -> except == null || id.longValue() != except)
                .map(accounts::userOf)
                .flatMap(Optional::stream)
                .map(user -> scope.accessFor(partnershipId, user).filter(may))
                .flatMap(Optional::stream)
                .toList();
        if (told.isEmpty()) {
            return Audience.NOBODY;
        }
        return new Audience(
                told.get(0).partnership().title(),
                told.stream().map(Access::user).toList());
    }

    /** Just the person, if they have an account and can see the partnership. */
    Audience only(long partnershipId, long personId) {
        return accounts.userOf(personId)
                .flatMap(user -> scope.accessFor(partnershipId, user))
                .map(access -> new Audience(access.partnership().title(), List.of(access.user())))
                .orElse(Audience.NOBODY);
    }

    /**
     * The people among {@code personIds} who have an account and read the partnership, or are invited to one of its
     * meetings as guests ({@code guests}): the invitees of a meeting.
     */
    Audience invitees(long partnershipId, List<Long> personIds, java.util.Set<Long> guests) {
        var told = personIds.stream()
                .map(accounts::userOf)
                .flatMap(Optional::stream)
                .map(user -> scope.reads(partnershipId, user) || guests.contains(user.personId())
                        ? Optional.of(scope.requireReadOrGuest(partnershipId, user, true))
                        : Optional.<Access>empty())
                .flatMap(Optional::stream)
                .toList();
        if (told.isEmpty()) {
            return Audience.NOBODY;
        }
        return new Audience(
                told.get(0).partnership().title(),
                told.stream().map(Access::user).toList());
    }

    /** Whether the person can still see the partnership. */
    boolean sees(CurrentUser user, long partnershipId) {
        return scope.accessFor(partnershipId, user).isPresent();
    }
}
