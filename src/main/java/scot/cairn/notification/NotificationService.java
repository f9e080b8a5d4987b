package scot.cairn.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.NotFoundException;

/**
 * Each person's notifications: given as events happen (in the inbox always; by email at once or in the digest as the
 * person chose), read page by page, marked read. A person's inbox keeps their latest
 * {@link NotificationLimits#INBOX}.
 */
@Service
public class NotificationService {

    private final NoticeStore store;
    private final PreferenceService preferences;
    private final NoticeMail mail;
    private final Clock clock;

    NotificationService(NoticeStore store, PreferenceService preferences, NoticeMail mail, Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.mail = mail;
        this.clock = clock;
    }

    /** One page of a person's inbox, latest first. */
    public record Inbox(List<NoticeView> notices, long total, long unread, int page, int pages) {}

    /** Gives the notification to each person once, however often this is called with it. */
    @Transactional
    void give(List<CurrentUser> people, Notice notice) {
        for (var person : people) {
            var frequency = preferences.frequency(person.personId(), notice.kind());
            var added = store.add(person.personId(), notice, frequency == Frequency.DAILY, clock.instant());
            if (added.isPresent() && frequency == Frequency.AT_ONCE) {
                mail.atOnce(person, notice.kind(), notice.text(), notice.href(), notice.attachment());
            }
        }
    }

    /** Page {@code page} (from 1) of the person's inbox. */
    @Transactional(readOnly = true)
    public Inbox inbox(CurrentUser user, int page) {
        long total = store.count(user.personId());
        int pages = (int) Math.max(1, (total + NotificationLimits.PAGE - 1) / NotificationLimits.PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        var notices = store.page(user.personId(), NotificationLimits.PAGE, (shown - 1) * NotificationLimits.PAGE);
        return new Inbox(notices, total, store.unread(user.personId()), shown, pages);
    }

    /** How many of the person's notifications are unread. */
    @Transactional(readOnly = true)
    public long unread(CurrentUser user) {
        return store.unread(user.personId());
    }

    /**
     * Marks one of the person's notifications read (again is harmless).
     *
     * @throws NotFoundException when the person has no such notification
     */
    @Transactional
    public void markRead(CurrentUser user, long id) {
        if (!store.markRead(user.personId(), id, clock.instant())) {
            throw new NotFoundException("Notification");
        }
    }

    /** Marks all the person's notifications read; how many were unread. */
    @Transactional
    public int markAllRead(CurrentUser user) {
        return store.markAllRead(user.personId(), clock.instant());
    }

    /** Forgets what a person who left a partnership was told about it. */
    @Transactional
    void forget(long personId, long partnershipId) {
        store.forget(personId, partnershipId);
    }
}
