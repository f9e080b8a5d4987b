package scot.cairn.support;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** The emails a test expects GreenMail to receive, and the links in them, as a person would follow them. */
public final class MailLinks {

    private MailLinks() {}

    /** Waits until the address has received {@code count} emails (the outbox sends every second in tests). */
    public static List<MimeMessage> received(String address, int count) {
        TestMail.server();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.to(address).size() >= count);
        return TestMail.to(address);
    }

    /** The latest email to the address, once it has received {@code count}. */
    public static MimeMessage latest(String address, int count) {
        var all = received(address, count);
        return all.get(all.size() - 1);
    }

    /** The path (such as {@code /invitations/abc}) of the first link in the email's plain text starting with {@code prefix}. */
    public static String path(MimeMessage email, String prefix) {
        String text = TestMail.part(email, "text/plain");
        var found = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)")
                .matcher(text);
        if (!found.find()) {
            throw new AssertionError("No link starting " + prefix + " in: " + text);
        }
        return found.group(1);
    }

    /** The subject, read without a checked exception. */
    public static String subject(MimeMessage email) {
        try {
            return email.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
