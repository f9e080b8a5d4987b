package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import scot.cairn.platform.AuditEvent;
import scot.cairn.platform.web.Texts;

/** One change in a partnership's audit trail: who did what, when, and each field's before and after. */
@Schema(name = "HistoryEntry")
record HistoryEntry(Instant occurredAt, String actor, String action, List<String> changes) {

    static HistoryEntry from(AuditEvent e, Texts words) {
        return new HistoryEntry(
                e.occurredAt(),
                e.actor(),
                words.stored(e.action()),
                e.changes().stream().map(words::change).toList());
    }
}
