package scot.cairn.notification;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import scot.cairn.identity.AccountService;

/**
 * The daily digest: once a day, on one node, each person with notifications waiting for it gets one email listing
 * them. Each person's digest is written in a transaction of its own that marks its notifications as sent, so a digest
 * is never sent twice (another node, or a run again after a crash, finds nothing left) and one person's failure does
 * not hold up the others. Notifications about a partnership the person can no longer see are dropped, not sent.
 */
@Component
public class DigestJob {

    private final NoticeStore store;
    private final NoticeMail mail;
    private final Recipients recipients;
    private final DigestSupport support;

    DigestJob(NoticeStore store, NoticeMail mail, Recipients recipients, DigestSupport support) {
        this.store = store;
        this.mail = mail;
        this.recipients = recipients;
        this.support = support;
    }

    /** Services the job needs besides the notifications. */
    @Component
    static class DigestSupport {
        final AccountService accounts;
        final TransactionTemplate transactions;
        final Clock clock;

        DigestSupport(AccountService accounts, TransactionTemplate transactions, Clock clock) {
            this.accounts = accounts;
            this.transactions = transactions;
            this.clock = clock;
        }
    }

    @Scheduled(cron = "${cairn.notification.digest-cron}", zone = "Europe/London")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT1H")
    public void daily() {
        send();
    }

    /** Sends every digest that is waiting; the number of emails queued. */
    int send() {
        int sent = 0;
        for (long personId : store.peopleWithDigest()) {
            Boolean queued = support.transactions.execute(status -> sendTo(personId, status));
            if (Boolean.TRUE.equals(queued)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendTo(long personId, org.springframework.transaction.TransactionStatus status) {
        var notices = store.digest(personId);
        var ids = notices.stream().map(NoticeView::id).toList();
        if (store.digested(personId, ids, support.clock.instant()) != ids.size()) {
            status.setRollbackOnly(); // another run has sent it meanwhile
            return false;
        }
        var person = support.accounts.userOf(personId);
        if (person.isEmpty()) {
            return false;
        }
        var seen = new java.util.HashMap<Long, Boolean>();
        var visible = notices.stream()
                .filter(n -> seen.computeIfAbsent(n.partnershipId(), id -> recipients.sees(person.get(), id)))
                .toList();
        if (visible.isEmpty()) {
            return false;
        }
        int shown = Math.min(visible.size(), NotificationLimits.DIGEST);
        mail.digest(person.get(), visible.subList(0, shown), visible.size() - shown);
        return true;
    }
}
