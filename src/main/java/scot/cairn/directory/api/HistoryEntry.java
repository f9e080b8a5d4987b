package scot.cairn.directory.api;

import java.time.Instant;
import java.util.List;
import scot.cairn.platform.AuditEvent;
import scot.cairn.platform.web.Texts;

/**
 * One change in a record's history: when, by whom (email, or "system"), what, and field lines "label: before ->
 * after", in the language the request asks for. Entries store bundle keys; older ones hold English, shown as written.
 */
record HistoryEntry(Instant occurredAt, String actor, String action, List<String> changes) {

    static HistoryEntry of(AuditEvent e, Texts texts) {
        return new HistoryEntry(
                e.occurredAt(),
                e.actor(),
                texts.stored(e.action()),
                e.changes().stream().map(texts::change).toList());
    }
}
