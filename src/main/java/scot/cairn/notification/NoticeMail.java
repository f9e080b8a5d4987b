package scot.cairn.notification;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.LanguagePreference;
import scot.cairn.platform.Message;
import scot.cairn.platform.mail.Mail;
import scot.cairn.platform.mail.MailOutbox;

/** Writes notifications as emails, in the person's language, and puts them in the outbox. */
@Component
class NoticeMail {

    static final String KIND = "notification.mail.notice";
    static final String DIGEST = "notification.mail.digest";

    private final MailOutbox outbox;
    private final LanguagePreference languages;
    private final EmailLinks links;

    NoticeMail(MailOutbox outbox, LanguagePreference languages, EmailLinks links) {
        this.outbox = outbox;
        this.languages = languages;
        this.links = links;
    }

    /** One notification, emailed as it happens. */
    void atOnce(CurrentUser person, NoticeKind kind, Message text, String href, Mail.Attachment file) {
        String token = links.tokenFor(person.personId());
        outbox.queue(new Mail(
                        KIND,
                        person.email(),
                        person.fullName(),
                        language(person),
                        Message.of("notification.mail.subject", Message.of(kind.labelKey())),
                        List.of(text, Message.of("notification.mail.why")),
                        new Mail.Link(Message.of("notification.mail.open"), href),
                        List.of(
                                new Mail.Link(
                                        Message.of("notification.mail.change", Message.of(kind.labelKey())),
                                        "/notifications/email/" + token + "?kind=" + kind.name()),
                                new Mail.Link(
                                        Message.of("notification.mail.preferences"), "/notifications/preferences")))
                .with(file));
    }

    /** The day's notifications in one email; {@code more} says how many others wait in the inbox. */
    void digest(CurrentUser person, List<NoticeView> notices, int more) {
        String token = links.tokenFor(person.personId());
        var paragraphs = more > 0
                ? List.of(
                        Message.of("notification.mail.digestIntro", notices.size()),
                        Message.of("notification.mail.digestMore", more))
                : List.of(Message.of("notification.mail.digestIntro", notices.size()));
        outbox.queue(new Mail(
                DIGEST,
                person.email(),
                person.fullName(),
                language(person),
                Message.of("notification.mail.digestSubject", notices.size() + more),
                paragraphs,
                notices.stream().map(n -> new Mail.Link(n.text(), n.href())).toList(),
                new Mail.Link(Message.of("notification.mail.inbox"), "/notifications"),
                List.of(
                        new Mail.Link(Message.of("notification.mail.digestChange"), "/notifications/email/" + token),
                        new Mail.Link(Message.of("notification.mail.preferences"), "/notifications/preferences"))));
    }

    private Locale language(CurrentUser person) {
        return languages.of(person.personId()).orElse(Locale.ENGLISH);
    }
}
