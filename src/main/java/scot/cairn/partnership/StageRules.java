package scot.cairn.partnership;

import java.time.LocalDate;
import java.util.List;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * Stage dates must be in order: the lifecycle stages listed in order, each at most once (Closed has no dates); each
 * end on or after its start; and each stage planned to start no earlier than the one before.
 */
final class StageRules {

    private StageRules() {}

    static void check(List<StageDates> dates) {
        var errors = new InvalidInputException.Collector();
        LocalDate previousStart = null;
        Stage previousStage = null;
        int previousIndex = -1;
        for (int i = 0; i < dates.size(); i++) {
            var d = dates.get(i);
            String field = "stages[" + i + "]";
            int index = d.stage() == null ? -1 : Stage.LIFECYCLE.indexOf(d.stage());
            if (index <= previousIndex) {
                errors.rejectIf(true, field + ".stage", "partnership.stages.order");
                continue;
            }
            previousIndex = index;
            errors.rejectIf(
                            before(d.plannedEnd(), d.plannedStart()),
                            field + ".plannedEnd",
                            "partnership.stages.plannedEndTooEarly",
                            label(d.stage()))
                    .rejectIf(
                            before(d.actualEnd(), d.actualStart()),
                            field + ".actualEnd",
                            "partnership.stages.actualEndTooEarly",
                            label(d.stage()))
                    .rejectIf(
                            before(d.plannedStart(), previousStart),
                            field + ".plannedStart",
                            "partnership.stages.plannedStartTooEarly",
                            label(d.stage()),
                            previousStage == null ? null : label(previousStage));
            if (d.plannedStart() != null) {
                previousStart = d.plannedStart();
                previousStage = d.stage();
            }
        }
        errors.throwIfAny();
    }

    private static Message label(Stage stage) {
        return Message.of(stage.labelKey());
    }

    private static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }
}
