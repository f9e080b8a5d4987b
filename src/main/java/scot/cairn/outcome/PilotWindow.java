package scot.cairn.outcome;

import java.time.LocalDate;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Stage;

/** The Pilot stage's dates (actual where known, else planned); both null unless both ends are known. */
record PilotWindow(LocalDate start, LocalDate end) {

    static PilotWindow of(PartnershipView p) {
        return p.stages().stream()
                .filter(s -> s.stage() == Stage.PILOT)
                .findFirst()
                .map(s -> new PilotWindow(
                        s.actualStart() != null ? s.actualStart() : s.plannedStart(),
                        s.actualEnd() != null ? s.actualEnd() : s.plannedEnd()))
                .filter(w -> w.start() != null && w.end() != null)
                .orElse(new PilotWindow(null, null));
    }
}
