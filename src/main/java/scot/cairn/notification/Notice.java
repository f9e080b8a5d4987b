package scot.cairn.notification;

import java.util.List;
import scot.cairn.platform.Message;

/**
 * A notification about to be given to one person: what happened or waits, in words from the bundles, and where to go.
 *
 * @param dedupeKey the same for the same fact told to the same person, so that an event handled twice (after a crash,
 *     say) gives one notification; at most 200 characters
 * @param args the words' arguments, kept as text
 */
record Notice(long partnershipId, NoticeKind kind, String textKey, List<String> args, String href, String dedupeKey) {

    Notice {
        args = List.copyOf(args);
    }

    Message text() {
        return Message.of(textKey, args.toArray());
    }
}
