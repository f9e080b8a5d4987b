package scot.cairn.notification;

import java.time.Instant;
import scot.cairn.platform.Message;

/** A notification in a person's inbox. */
public record NoticeView(
        long id, long partnershipId, NoticeKind kind, Message text, String href, Instant createdAt, boolean read) {}
