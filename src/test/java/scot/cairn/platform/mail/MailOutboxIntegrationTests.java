package scot.cairn.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import scot.cairn.platform.Message;
import scot.cairn.support.CairnTest;
import scot.cairn.support.TestMail;
import scot.cairn.support.Unique;

@CairnTest
class MailOutboxIntegrationTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    JavaMailSender sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @BeforeAll
    static void smtp() {
        TestMail.server();
    }

    private static Mail mail(String to, Locale locale) {
        return new Mail(
                "platform.mail.test",
                to,
                "Rhona Test",
                locale,
                Message.of("platform.mail.status.sent"),
                List.of(Message.of("platform.mail.status.waiting")),
                new Mail.Link(Message.of("platform.mail.status.kept"), "/partnerships/1"),
                List.of(new Mail.Link(Message.of("platform.mail.status.failed"), "/account")));
    }

    @Test
    void aQueuedEmailIsSentOnceAsPlainTextAndHtmlInThePersonsLanguage() throws Exception {
        String to = "outbox." + Unique.suffix() + "@mail.example";
        long id = transactions.execute(status -> outbox.queue(mail(to, Locale.forLanguageTag("cy"))));

        assertThat(delivery.attempt(id, sender)).isTrue();
        assertThat(delivery.attempt(id, sender))
                .as("a sent email is not sent again")
                .isFalse();
        outbox.sendDue();

        var received = TestMail.to(to);
        assertThat(received).hasSize(1);
        var message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("Wedi’i anfon");
        String text = TestMail.part(message, "text/plain");
        String html = TestMail.part(message, "text/html");
        assertThat(text).contains("Helo Rhona Test,", "Yn aros i’w anfon", "http://localhost:8080/partnerships/1");
        assertThat(html)
                .contains("lang=\"cy\"", "href=\"http://localhost:8080/partnerships/1\"", "<title>Wedi’i anfon");
        var view = outbox.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo(MailStatus.SENT);
        assertThat(view.attempts()).isEqualTo(1);
        assertThat(view.sentAt()).isNotNull();
    }

    @Test
    void anEmailTheServerRefusesIsTriedAgainLaterAndMarkedFailedAfterTheLastTry() {
        String to = "down." + Unique.suffix() + "@mail.example";
        long id = transactions.execute(status -> outbox.queue(mail(to, Locale.ENGLISH)));
        var down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(9); // nothing listens on the discard port here

        assertThat(delivery.attempt(id, down)).isFalse();
        var first = outbox.find(id).orElseThrow();
        assertThat(first.status()).isEqualTo(MailStatus.WAITING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        var nextTry = jdbc.sql("select next_attempt_at from platform_mail where id = ?")
                .param(id)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(nextTry)
                .as("the first retry waits a minute")
                .isAfter(first.createdAt().plusSeconds(50));

        for (int i = 2; i <= delivery.tries(); i++) {
            delivery.attempt(id, down);
        }
        var last = outbox.find(id).orElseThrow();
        assertThat(last.status()).isEqualTo(MailStatus.FAILED);
        assertThat(last.attempts()).isEqualTo(delivery.tries());
        assertThat(delivery.attempt(id, sender))
                .as("a failed email is not tried again")
                .isFalse();
        assertThat(TestMail.to(to)).isEmpty();
    }

    @Test
    void anEmailQueuedInATransactionThatRollsBackIsNeverSent() {
        String to = "rolled." + Unique.suffix() + "@mail.example";
        transactions.executeWithoutResult(status -> {
            outbox.queue(mail(to, Locale.ENGLISH));
            status.setRollbackOnly();
        });
        assertThat(outbox.to(to, 10)).isEmpty();
    }
}
