package scot.cairn.sroi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.outcome.Period;

/**
 * A partnership's pilot stage dates, read without a viewer (the gate needs them too), and its quarters from
 * {@link PilotQuarters}.
 */
@Component
class PilotDates {

    /** Start is the actual start when recorded, else the planned one; end likewise; either may be null. */
    record Pilot(LocalDate start, LocalDate actualEnd, LocalDate end) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    PilotDates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Pilot pilot(long partnershipId) {
        Optional<Pilot> found = jdbc.sql("select planned_start, planned_end, actual_start, actual_end"
                        + " from partnership_stage where partnership_id = :id and stage = 'PILOT'")
                .param("id", partnershipId)
                .query((rs, n) -> {
                    var plannedStart = rs.getObject("planned_start", LocalDate.class);
                    var plannedEnd = rs.getObject("planned_end", LocalDate.class);
                    var actualStart = rs.getObject("actual_start", LocalDate.class);
                    var actualEnd = rs.getObject("actual_end", LocalDate.class);
                    return new Pilot(
                            actualStart != null ? actualStart : plannedStart,
                            actualEnd,
                            actualEnd != null ? actualEnd : plannedEnd);
                })
                .optional();
        return found.orElse(new Pilot(null, null, null));
    }

    List<Period> completed(long partnershipId) {
        var p = pilot(partnershipId);
        return PilotQuarters.completed(p.start(), p.actualEnd(), today());
    }

    /** Every pilot quarter to the planned (or actual) end, or to today when no end is known. */
    List<Period> all(long partnershipId) {
        var p = pilot(partnershipId);
        var end = p.end();
        if (end == null || (p.actualEnd() == null && end.isBefore(today()))) {
            end = today();
        }
        return PilotQuarters.between(p.start(), end);
    }
}
