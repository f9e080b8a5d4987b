package scot.cairn.sroi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.outcome.Period;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;

/**
 * A partnership's pilot stage dates, read without a viewer through the partnership module (the gate needs them too), and its quarters from
 * {@link PilotQuarters}.
 */
@Component
class PilotDates {

    /** Start is the actual start when recorded, else the planned one; end likewise; either may be null. */
    record Pilot(LocalDate start, LocalDate actualEnd, LocalDate end) {}

    private final PartnershipService partnerships;
    private final Clock clock;

    PilotDates(PartnershipService partnerships, Clock clock) {
        this.partnerships = partnerships;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Pilot pilot(long partnershipId) {
        return partnerships.forChecks(partnershipId).stages().stream()
                .filter(stage -> stage.stage() == Stage.PILOT)
                .findFirst()
                .map(stage -> new Pilot(
                        stage.actualStart() != null ? stage.actualStart() : stage.plannedStart(),
                        stage.actualEnd(),
                        stage.actualEnd() != null ? stage.actualEnd() : stage.plannedEnd()))
                .orElse(new Pilot(null, null, null));
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
