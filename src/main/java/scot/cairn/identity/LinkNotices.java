package scot.cairn.identity;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.Message;
import scot.cairn.platform.mail.Mail;
import scot.cairn.platform.mail.MailOutbox;

/**
 * Emails a link (a password reset, an invitation) in the person's language, through the outbox in the caller's
 * transaction, and records in the person's history that it was sent. The language is the one chosen on their account,
 * else the one of the request that caused the email.
 */
@Component
class LinkNotices {

    static final String RESET_KIND = "identity.mail.reset";
    static final String INVITATION_KIND = "identity.mail.invitation";

    private final MailOutbox outbox;
    private final LanguagePreference languages;
    private final AuditTrail audit;

    LinkNotices(MailOutbox outbox, LanguagePreference languages, AuditTrail audit) {
        this.outbox = outbox;
        this.languages = languages;
        this.audit = audit;
    }

    void reset(CurrentUser to, AccountLinks.Issued link, Locale requestLanguage) {
        outbox.queue(new Mail(
                RESET_KIND,
                to.email(),
                to.fullName(),
                language(to.personId(), requestLanguage),
                Message.of("identity.mail.reset.subject"),
                List.of(
                        Message.of("identity.mail.reset.asked"),
                        Message.of("identity.mail.reset.once"),
                        Message.of("identity.mail.reset.notYou")),
                new Mail.Link(Message.of("identity.mail.reset.action"), "/password-reset/" + link.token()),
                List.of()));
        audit.record("person", to.personId(), null, "identity.audit.resetRequested", Changes.create());
    }

    /**
     * @param by who invites
     * @param place what they are invited to (a partnership's title), or null for Cairn itself
     */
    void invitation(
            long personId,
            String email,
            String name,
            CurrentUser by,
            String place,
            AccountLinks.Issued link,
            Locale requestLanguage) {
        var intro = place == null
                ? Message.of("identity.mail.invitation.toCairn", by.fullName())
                : Message.of("identity.mail.invitation.toPlace", by.fullName(), place);
        outbox.queue(new Mail(
                INVITATION_KIND,
                email,
                name,
                language(personId, requestLanguage),
                Message.of("identity.mail.invitation.subject", by.fullName()),
                List.of(
                        intro,
                        Message.of("identity.mail.invitation.about"),
                        Message.of("identity.mail.invitation.once")),
                new Mail.Link(Message.of("identity.mail.invitation.action"), "/invitations/" + link.token()),
                List.of()));
        audit.record(
                "person",
                personId,
                null,
                "identity.audit.invited",
                Changes.create().field("identity.audit.invitedBy", null, by.fullName()));
    }

    private Locale language(long personId, Locale requestLanguage) {
        return languages
                .of(personId)
                .orElseGet(() -> scot.cairn.platform.web.Languages.supported(requestLanguage.getLanguage())
                        .orElse(Locale.ENGLISH));
    }
}
