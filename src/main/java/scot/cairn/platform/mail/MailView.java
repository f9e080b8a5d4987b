package scot.cairn.platform.mail;

import java.time.Instant;

/** An email as the outbox holds it: what was (or would have been) sent, and how sending went. */
public record MailView(
        long id,
        String kind,
        String recipient,
        String subject,
        String textBody,
        String htmlBody,
        MailStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}
