package scot.cairn.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.AuditTrail;

/** What the reports' service leans on: the clock, the audit trail, events, and the sections' facts. */
@Component
record ReportSupport(
        Clock clock,
        AuditTrail audit,
        ApplicationEventPublisher events,
        List<Facts> facts,
        org.springframework.jdbc.core.simple.JdbcClient jdbc) {

    /** Locks the partnership's row until the transaction ends, so that its reports are numbered one at a time. */
    void lock(long partnershipId) {
        jdbc.sql("select id from partnership_partnership where id = ? for update")
                .param(partnershipId)
                .query(Long.class)
                .single();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ReportWords.SCOTLAND));
    }

    /** Every section's facts for the period, as the user may read them, each cut to {@link ReportLimits#FACTS}. */
    Map<ReportSection, String> generate(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var generated = new EnumMap<ReportSection, String>(ReportSection.class);
        for (var f : facts) {
            // One fact a line: a line break inside a fact (a blocked task's reason, say) would split it in two.
            var lines = f.of(id, from, to, user).stream()
                    .map(l -> l.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip())
                    .toList();
            var text = new StringBuilder();
            for (var line : lines) {
                if (text.length() + line.length() + 1 > ReportLimits.FACTS) {
                    break;
                }
                text.append(text.isEmpty() ? "" : "\n").append(line);
            }
            generated.put(f.section(), text.toString());
        }
        return generated;
    }
}
