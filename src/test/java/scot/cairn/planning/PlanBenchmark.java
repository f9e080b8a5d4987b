package scot.cairn.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The plan's calculations at its limit: the slippage of 2,000 tasks and 500 milestones against a baseline, and the
 * timeline of a page (100 tasks) with 500 milestones. Run with {@code bash bench/plan-jmh.sh}; not part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class PlanBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final List<LocalDate[]> tasks = new ArrayList<>();
    private final List<LocalDate[]> milestones = new ArrayList<>();
    private List<PlanView.TaskView> page;
    private List<PlanView.MilestoneView> marks;

    @Setup
    public void prepare() {
        var start = LocalDate.of(2027, 1, 4);
        for (int i = 0; i < PlanLimits.TASKS.max(); i++) {
            var due = start.plusDays(i % 300 + 20);
            tasks.add(new LocalDate[] {due.minusDays(i % 7), due, i % 5 == 0 ? due.plusDays(2) : null});
        }
        for (int i = 0; i < PlanLimits.MILESTONES.max(); i++) {
            var due = start.plusDays(i);
            milestones.add(new LocalDate[] {due.minusDays(i % 3), due, i % 4 == 0 ? due : null});
        }
        page = new ArrayList<>();
        for (int i = 0; i < PlanLimits.PAGE; i++) {
            var t = tasks.get(i);
            page.add(new PlanView.TaskView(
                    i + 1,
                    0,
                    i + 1,
                    "T-" + (i + 1),
                    "Generated task " + (i + 1),
                    null,
                    null,
                    1,
                    "Bench",
                    t[1].minusDays(20),
                    t[1],
                    TaskStatus.IN_PROGRESS,
                    50,
                    null,
                    false,
                    List.of(),
                    false,
                    t[0],
                    3L,
                    null,
                    null));
        }
        marks = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            var m = milestones.get(i);
            marks.add(new PlanView.MilestoneView(
                    i + 1, 0, "Milestone " + (i + 1), m[1], 1, "Bench", m[2], false, false, m[0], 1L));
        }
    }

    /** Every task's and milestone's slippage, and the plan's summary of them (how many late, the latest). */
    @Benchmark
    public long slippage() {
        long late = 0;
        long most = 0;
        for (var t : tasks) {
            long days = Slippage.task(t[0], t[1], t[2] != null, t[2], TODAY);
            if (days > 0) {
                late++;
                most = Math.max(most, days);
            }
        }
        for (var m : milestones) {
            long days = Slippage.milestone(m[0], m[1], m[2], TODAY);
            if (days > 0) {
                late++;
                most = Math.max(most, days);
            }
        }
        return late * 10_000 + most;
    }

    @Benchmark
    public Timeline timeline() {
        return Timeline.of(marks, page, TODAY);
    }
}
