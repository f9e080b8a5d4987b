package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;

class StageRulesTests {

    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate MAR = LocalDate.of(2026, 3, 31);
    static final LocalDate APR = LocalDate.of(2026, 4, 1);
    static final LocalDate OCT = LocalDate.of(2026, 10, 31);

    static StageDates planned(Stage stage, LocalDate start, LocalDate end) {
        return new StageDates(stage, start, end, null, null);
    }

    static Map<String, String> errors(List<StageDates> dates) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> StageRules.check(dates));
        assertThat(thrown).as("refused").isNotNull();
        return English.of(thrown.fieldErrors());
    }

    @Test
    void datesInOrderAreAccepted() {
        assertThatCode(() -> StageRules.check(List.of(
                        planned(Stage.EXPLORE, JAN, MAR),
                        planned(Stage.DESIGN, APR, OCT),
                        new StageDates(Stage.PILOT, OCT, OCT, OCT, OCT))))
                .doesNotThrowAnyException();
    }

    @Test
    void unknownDatesAreNeverOutOfOrder() {
        assertThatCode(() -> StageRules.check(List.of(
                        planned(Stage.EXPLORE, null, MAR),
                        planned(Stage.DESIGN, null, null),
                        planned(Stage.PILOT, APR, null))))
                .doesNotThrowAnyException();
    }

    @Test
    void aPlannedEndBeforeItsStartIsRefused() {
        assertThat(errors(List.of(planned(Stage.EXPLORE, JAN, MAR), planned(Stage.DESIGN, OCT, APR))))
                .containsExactly(Map.entry(
                        "stages[1].plannedEnd", "Design: the planned end must be on or after the planned start"));
    }

    @Test
    void anActualEndBeforeItsStartIsRefused() {
        assertThat(errors(List.of(new StageDates(Stage.EXPLORE, null, null, MAR, JAN))))
                .containsExactly(Map.entry(
                        "stages[0].actualEnd", "Explore: the actual end must be on or after the actual start"));
    }

    @Test
    void aStagePlannedToStartBeforeTheOneBeforeIsRefused() {
        assertThat(errors(List.of(planned(Stage.EXPLORE, APR, OCT), planned(Stage.DESIGN, JAN, MAR))))
                .containsExactly(Map.entry(
                        "stages[1].plannedStart", "Design: the planned start must not be before Explore starts"));
    }

    @Test
    void aStageWithoutAStartIsSkippedWhenComparingStarts() {
        assertThat(errors(List.of(
                        planned(Stage.EXPLORE, APR, null),
                        planned(Stage.DESIGN, null, null),
                        planned(Stage.PILOT, JAN, null))))
                .containsExactly(Map.entry(
                        "stages[2].plannedStart", "Pilot: the planned start must not be before Explore starts"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(errors(List.of(new StageDates(Stage.EXPLORE, APR, JAN, MAR, JAN), planned(Stage.DESIGN, JAN, null))))
                .containsOnlyKeys("stages[0].plannedEnd", "stages[0].actualEnd", "stages[1].plannedStart");
    }

    @Test
    void stagesMustBeLifecycleStagesInOrderEachOnce() {
        String message = "List the lifecycle stages in order, each at most once";
        assertThat(errors(List.of(planned(Stage.DESIGN, null, null), planned(Stage.EXPLORE, null, null))))
                .containsExactly(Map.entry("stages[1].stage", message));
        assertThat(errors(List.of(planned(Stage.DESIGN, null, null), planned(Stage.DESIGN, null, null))))
                .containsExactly(Map.entry("stages[1].stage", message));
        assertThat(errors(List.of(planned(Stage.CLOSED, JAN, MAR))))
                .containsExactly(Map.entry("stages[0].stage", message));
        assertThat(errors(List.of(planned(null, JAN, MAR)))).containsExactly(Map.entry("stages[0].stage", message));
    }
}
