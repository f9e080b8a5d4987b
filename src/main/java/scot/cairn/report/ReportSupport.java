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
record ReportSupport(Clock clock, AuditTrail audit, ApplicationEventPublisher events, List<Facts> facts) {

    LocalDate today() {
        return LocalDate.now(clock.withZone(ReportWords.SCOTLAND));
    }

    /** Every section's facts for the period, as the user may read them, each cut to {@link ReportLimits#FACTS}. */
    Map<ReportSection, String> generate(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var generated = new EnumMap<ReportSection, String>(ReportSection.class);
        for (var f : facts) {
            var text = String.join("\n", f.of(id, from, to, user));
            generated.put(
                    f.section(),
                    text.length() <= ReportLimits.FACTS ? text : text.substring(0, ReportLimits.FACTS - 1) + "…");
        }
        return generated;
    }
}
