package scot.cairn.platform.mail;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import scot.cairn.platform.Message;

/** Writes a {@link Mail} out as the subject, plain text and HTML that are stored and sent. */
@Component
class MailWriter {

    /** What is stored for one email. */
    record Written(String subject, String text, String html) {}

    private final MessageSource messages;
    private final TemplateEngine templates;
    private final String baseUrl;

    MailWriter(MessageSource messages, TemplateEngine templates, @Value("${cairn.base-url}") String baseUrl) {
        this.messages = messages;
        this.templates = templates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Written write(Mail mail) {
        Locale locale = mail.locale();
        String subject = words(mail.subject(), locale);
        String greeting = words(Message.of("platform.mail.greeting", mail.toName()), locale);
        var paragraphs = mail.paragraphs().stream().map(p -> words(p, locale)).toList();
        var items = mail.items().stream().map(l -> link(l, locale)).toList();
        var action = mail.action() == null ? null : link(mail.action(), locale);
        var footer = mail.footer().stream().map(l -> link(l, locale)).toList();
        String signature = words(Message.of("platform.mail.signature"), locale);

        var text = new StringBuilder(greeting).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        items.forEach(l -> text.append("- ")
                .append(l.words())
                .append("\n  ")
                .append(l.href())
                .append("\n"));
        if (!items.isEmpty()) {
            text.append("\n");
        }
        if (action != null) {
            text.append(action.words()).append(":\n").append(action.href()).append("\n\n");
        }
        text.append(signature).append("\n");
        if (!footer.isEmpty()) {
            text.append("\n--\n");
            footer.forEach(
                    l -> text.append(l.words()).append(": ").append(l.href()).append("\n"));
        }

        var context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("subject", subject);
        context.setVariable("greeting", greeting);
        context.setVariable("paragraphs", paragraphs);
        context.setVariable("items", items);
        context.setVariable("action", action);
        context.setVariable("signature", signature);
        context.setVariable("footer", footer);
        return new Written(subject, text.toString(), templates.process("mail/message", context));
    }

    /** A link written out: its words and its full address. */
    record WrittenLink(String words, String href) {}

    private WrittenLink link(Mail.Link link, Locale locale) {
        String href = link.href().startsWith("/") ? baseUrl + link.href() : link.href();
        return new WrittenLink(words(link.label(), locale), href);
    }

    private String words(Message message, Locale locale) {
        return messages.getMessage(message, locale);
    }
}
