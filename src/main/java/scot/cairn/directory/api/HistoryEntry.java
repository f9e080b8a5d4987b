package scot.cairn.directory.api;

import java.time.Instant;
import java.util.List;
import scot.cairn.platform.AuditEvent;

/** One change in a record's history: when, by whom (email, or "system"), what, and field lines "label: before -> after". */
record HistoryEntry(Instant occurredAt, String actor, String action, List<String> changes) {

    static HistoryEntry of(AuditEvent e) {
        return new HistoryEntry(e.occurredAt(), e.actor(), e.action(), e.changes());
    }
}
