package scot.cairn.platform.mail;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One try at sending one email, in a transaction of its own that holds the email's row locked while it talks to the
 * mail server: two nodes that both pick the email up cannot both send it, and the outcome (sent, or when to try
 * again, or failed) is saved with it.
 */
@Component
class MailDelivery {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<Duration> retryDelays;
    private final InternetAddress from;

    MailDelivery(
            JdbcClient jdbc,
            Clock clock,
            @Value("${cairn.mail.retry-delays}") String retryDelays,
            @Value("${cairn.mail.from}") String from)
            throws jakarta.mail.internet.AddressException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retryDelays = Arrays.stream(retryDelays.split(","))
                .map(String::trim)
                .map(Duration::parse)
                .toList();
        this.from = new InternetAddress(from, true);
    }

    /** How many times an email is tried in all before it is marked failed. */
    int tries() {
        return retryDelays.size() + 1;
    }

    /** Tries to send the email if it is still waiting; whether it went. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean attempt(long id, JavaMailSender sender) {
        var row = jdbc.sql(
                        "select recipient, recipient_name, subject, text_body, html_body, attempts,"
                                + " attachment_name, attachment_type, attachment from platform_mail where id = ? and status = 'WAITING' for update")
                .param(id)
                .query((rs, n) -> new Row(
                        rs.getString("recipient"),
                        rs.getString("recipient_name"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        rs.getInt("attempts"),
                        rs.getString("attachment_name"),
                        rs.getString("attachment_type"),
                        rs.getBytes("attachment")))
                .optional();
        if (row.isEmpty()) {
            return false;
        }
        var mail = row.get();
        var now = clock.instant();
        try {
            sender.send(mime -> {
                var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(address(mail.recipient(), mail.name()));
                helper.setSubject(mail.subject());
                helper.setText(mail.text(), mail.html());
                if (mail.file() != null) {
                    helper.addAttachment(
                            mail.fileName(),
                            new org.springframework.core.io.ByteArrayResource(mail.file()),
                            mail.fileType());
                }
            });
        } catch (MailException failure) {
            int attempts = mail.attempts() + 1;
            boolean last = attempts >= tries();
            jdbc.sql("update platform_mail set attempts = ?, status = ?, next_attempt_at = ?, last_error = ?"
                            + " where id = ?")
                    .params(
                            attempts,
                            last ? MailStatus.FAILED.name() : MailStatus.WAITING.name(),
                            Timestamp.from(last ? now : now.plus(retryDelays.get(attempts - 1))),
                            reason(failure),
                            id)
                    .update();
            return false;
        }
        jdbc.sql("update platform_mail set attempts = attempts + 1, status = 'SENT', sent_at = ?, last_error = null"
                        + " where id = ?")
                .params(Timestamp.from(now), id)
                .update();
        return true;
    }

    private static InternetAddress address(String email, String name) throws jakarta.mail.MessagingException {
        try {
            return new InternetAddress(email, name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException impossible) {
            throw new jakarta.mail.MessagingException("UTF-8 is always supported", impossible);
        }
    }

    /** What the mail server or the connection said, short enough to store and show to an administrator. */
    private static String reason(Exception failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private record Row(
            String recipient,
            String name,
            String subject,
            String text,
            String html,
            int attempts,
            String fileName,
            String fileType,
            byte[] file) {}
}
