package scot.cairn.platform.mail;

import java.util.List;
import java.util.Locale;
import scot.cairn.platform.Message;

/**
 * An email to one person, in their language, as words from the message bundles: Cairn writes both a plain-text and an
 * HTML version from it, so the two always say the same. Every email says what to do and where ({@code action}), and
 * may end with links such as "change how often Cairn emails you about this" ({@code footer}).
 *
 * @param kind what sort of email this is (a key such as {@code identity.mail.invitation}), shown on the outbox page
 * @param to the address; never blank
 * @param toName the name to greet; never blank
 * @param locale the language to write in
 * @param subject the subject line
 * @param paragraphs what the email says, one message per paragraph, after the greeting
 * @param items a list of links after the paragraphs (a digest's notifications); may be empty
 * @param action the one thing to do, or null when there is nothing to do (a digest lists its own links)
 * @param footer links after the signature; may be empty
 * @param attachment a file sent with the email (a calendar invitation), or null
 */
public record Mail(
        String kind,
        String to,
        String toName,
        Locale locale,
        Message subject,
        List<Message> paragraphs,
        List<Link> items,
        Link action,
        List<Link> footer,
        Attachment attachment) {

    /** A file sent with an email: its name, its media type and its bytes. */
    public record Attachment(String name, String type, byte[] content) {}

    /** A link: its words and where it goes, as a path on Cairn ({@code /partnerships/3}) or a full address. */
    public record Link(Message label, String href) {}

    public Mail {
        if (to == null || to.isBlank() || toName == null || toName.isBlank()) {
            throw new IllegalArgumentException("An email needs an address and a name");
        }
        paragraphs = List.copyOf(paragraphs);
        items = items == null ? List.of() : List.copyOf(items);
        footer = footer == null ? List.of() : List.copyOf(footer);
    }

    /** An email without a file. */
    public Mail(
            String kind,
            String to,
            String toName,
            Locale locale,
            Message subject,
            List<Message> paragraphs,
            List<Link> items,
            Link action,
            List<Link> footer) {
        this(kind, to, toName, locale, subject, paragraphs, items, action, footer, null);
    }

    /** This email with {@code file} sent with it. */
    public Mail with(Attachment file) {
        return new Mail(kind, to, toName, locale, subject, paragraphs, items, action, footer, file);
    }

    /** An email without a list of links. */
    public Mail(
            String kind,
            String to,
            String toName,
            Locale locale,
            Message subject,
            List<Message> paragraphs,
            Link action,
            List<Link> footer) {
        this(kind, to, toName, locale, subject, paragraphs, List.of(), action, footer, null);
    }
}
