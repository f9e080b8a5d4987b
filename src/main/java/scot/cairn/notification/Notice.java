package scot.cairn.notification;

import java.util.List;
import scot.cairn.platform.Message;

/**
 * A notification about to be given to one person: what happened or waits, in words from the bundles, and where to go.
 *
 * @param dedupeKey the same for the same fact told to the same person, so that an event handled twice (after a crash,
 *     say) gives one notification; at most 200 characters
 * @param args the words' arguments, kept as text
 * @param attachment a file sent with the email when the person is emailed at once (a meeting's calendar invitation),
 *     or null; the inbox and the digest do without it
 */
record Notice(
        long partnershipId,
        NoticeKind kind,
        String textKey,
        List<String> args,
        String href,
        String dedupeKey,
        scot.cairn.platform.mail.Mail.Attachment attachment) {

    Notice {
        args = List.copyOf(args);
    }

    /** A notification without a file for its email. */
    Notice(long partnershipId, NoticeKind kind, String textKey, List<String> args, String href, String dedupeKey) {
        this(partnershipId, kind, textKey, args, href, dedupeKey, null);
    }

    Message text() {
        return Message.of(textKey, args.toArray());
    }
}
