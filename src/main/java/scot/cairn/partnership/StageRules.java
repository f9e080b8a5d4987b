package scot.cairn.partnership;

import java.time.LocalDate;
import java.util.List;
import scot.cairn.platform.InvalidInputException;

/**
 * Stage dates must be in order: the lifecycle stages listed in order, each at most once (Closed has no dates); each
 * end on or after its start; and each stage planned to start no earlier than the one before.
 */
final class StageRules {

    private StageRules() {}

    static void check(List<StageDates> dates) {
        var errors = new InvalidInputException.Collector();
        LocalDate previousStart = null;
        String previousLabel = null;
        int previousIndex = -1;
        for (int i = 0; i < dates.size(); i++) {
            var d = dates.get(i);
            String field = "stages[" + i + "]";
            int index = d.stage() == null ? -1 : Stage.LIFECYCLE.indexOf(d.stage());
            if (index <= previousIndex) {
                errors.rejectIf(true, field + ".stage", "List the lifecycle stages in order, each at most once");
                continue;
            }
            previousIndex = index;
            errors.rejectIf(
                            before(d.plannedEnd(), d.plannedStart()),
                            field + ".plannedEnd",
                            d.stage().label() + ": the planned end must be on or after the planned start")
                    .rejectIf(
                            before(d.actualEnd(), d.actualStart()),
                            field + ".actualEnd",
                            d.stage().label() + ": the actual end must be on or after the actual start")
                    .rejectIf(
                            before(d.plannedStart(), previousStart),
                            field + ".plannedStart",
                            d.stage().label() + ": the planned start must not be before " + previousLabel + " starts");
            if (d.plannedStart() != null) {
                previousStart = d.plannedStart();
                previousLabel = d.stage().label();
            }
        }
        errors.throwIfAny();
    }

    private static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }
}
