package scot.cairn.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import scot.cairn.directory.PersonService;
import scot.cairn.engagement.BulletinSent;
import scot.cairn.identity.LanguagePreference;
import scot.cairn.platform.Message;
import scot.cairn.platform.mail.Mail;
import scot.cairn.platform.mail.MailOutbox;

/**
 * Emails a sent bulletin to every contact (a person with an email address) of every organisation in the forum of
 * informed providers: the same words to each, queued together. Each person is written to once however often the
 * event is handed over, by the notification's dedupe key.
 */
@Component
class BulletinMail {

    static final String KIND = "notification.mail.bulletin";

    private final PersonService people;
    private final NoticeStore store;
    private final MailOutbox outbox;
    private final LanguagePreference languages;
    private final Clock clock;

    BulletinMail(
            PersonService people, NoticeStore store, MailOutbox outbox, LanguagePreference languages, Clock clock) {
        this.people = people;
        this.store = store;
        this.outbox = outbox;
        this.languages = languages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BulletinSent e) {
        var href = e.publicHref() == null ? "/notifications" : e.publicHref();
        var paragraphs = new ArrayList<Message>();
        paragraphs.add(Message.of("notification.mail.bulletinIntro", e.partnershipTitle(), e.reference()));
        for (var paragraph : e.body().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(Message.of("notification.mail.bulletinText", paragraph.strip()));
            }
        }
        paragraphs.add(Message.of("notification.mail.bulletinWhy", e.partnershipTitle()));
        for (var person : people.contactsOf(e.organisationIds())) {
            var notice = new Notice(
                    e.partnershipId(),
                    NoticeKind.BULLETIN,
                    "notification.text.bulletin",
                    List.of(e.partnershipTitle(), e.reference(), e.title()),
                    href,
                    "bulletin:" + e.bulletinId(),
                    null);
            if (store.add(person.id(), notice, false, clock.instant()).isPresent()) {
                outbox.queue(new Mail(
                        KIND,
                        person.email(),
                        person.fullName(),
                        languages.of(person.id()).orElse(Locale.ENGLISH),
                        Message.of("notification.mail.bulletinSubject", e.reference(), e.title()),
                        paragraphs,
                        e.publicHref() == null
                                ? null
                                : new Mail.Link(Message.of("notification.mail.bulletinOpen"), e.publicHref()),
                        List.of()));
            }
        }
    }
}
