package scot.cairn.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every email Cairn sends goes through this outbox. {@link #queue} stores the email in the transaction that decided to
 * send it, so an email is never lost to a crash nor sent for something that was rolled back; a scheduled job, run by
 * one node at a time, then hands waiting emails to the mail server, tries a failed one again after a growing delay
 * and marks it failed after the last try. When no mail server is configured ({@code spring.mail.host} unset), emails
 * are kept in the outbox, where administrators read what would have been sent.
 */
@Service
public class MailOutbox {

    /** How many emails one run of the job sends at most; the next run takes the rest. */
    static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final MailWriter writer;
    private final MailDelivery delivery;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    MailOutbox(
            JdbcClient jdbc,
            MailWriter writer,
            MailDelivery delivery,
            ObjectProvider<JavaMailSender> sender,
            Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.delivery = delivery;
        this.sender = sender;
        this.clock = clock;
    }

    /** Stores the email to be sent once the current transaction commits; its id. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long queue(Mail mail) {
        var written = writer.write(mail);
        var status = sender.getIfAvailable() == null ? MailStatus.KEPT : MailStatus.WAITING;
        var now = Timestamp.from(clock.instant());
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into platform_mail (kind, recipient, recipient_name, language, subject, text_body,"
                        + " html_body, status, attempts, next_attempt_at, created_at, attachment_name, attachment_type,"
                        + " attachment) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")
                .params(
                        mail.kind(),
                        mail.to(),
                        mail.toName(),
                        mail.locale().getLanguage(),
                        written.subject(),
                        written.text(),
                        written.html(),
                        status.name(),
                        now,
                        now,
                        mail.attachment() == null ? null : mail.attachment().name(),
                        mail.attachment() == null ? null : mail.attachment().type(),
                        mail.attachment() == null ? null : mail.attachment().content())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Hands waiting emails to the mail server, on one node at a time. */
    @Scheduled(fixedDelayString = "${cairn.mail.poll}", initialDelayString = "${cairn.mail.poll}")
    @SchedulerLock(name = "platform-mail", lockAtMostFor = "PT10M")
    public void sendWaiting() {
        sendDue();
    }

    /** Sends the emails that are due; the number handed to the mail server. */
    public int sendDue() {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return 0;
        }
        int sent = 0;
        for (long id : due()) {
            if (delivery.attempt(id, mailSender)) {
                sent++;
            }
        }
        return sent;
    }

    private List<Long> due() {
        return jdbc.sql("select id from platform_mail where status = 'WAITING' and next_attempt_at <= ?"
                        + " order by next_attempt_at, id fetch first " + BATCH + " rows only")
                .param(Timestamp.from(clock.instant()))
                .query(Long.class)
                .list();
    }

    /** The latest emails first, {@code limit} of them after skipping {@code offset}. */
    @Transactional(readOnly = true)
    public List<MailView> recent(int limit, int offset) {
        return jdbc.sql(SELECT + " order by id desc offset ? rows fetch next ? rows only")
                .params(offset, limit)
                .query(MailOutbox::view)
                .list();
    }

    /** How many emails the outbox holds. */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from platform_mail").query(Long.class).single();
    }

    /** One email, for its page. */
    @Transactional(readOnly = true)
    public java.util.Optional<MailView> find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(MailOutbox::view)
                .optional();
    }

    /** The emails sent, or waiting, to one address, latest first: for tests and for support. */
    @Transactional(readOnly = true)
    public List<MailView> to(String recipient, int limit) {
        return jdbc.sql(SELECT + " where recipient = ? order by id desc fetch first ? rows only")
                .params(recipient, limit)
                .query(MailOutbox::view)
                .list();
    }

    private static final String SELECT = "select id, kind, recipient, subject, text_body, html_body, status, attempts,"
            + " last_error, created_at, sent_at from platform_mail";

    private static MailView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var sentAt = rs.getTimestamp("sent_at");
        return new MailView(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }
}
