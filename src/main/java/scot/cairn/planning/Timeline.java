package scot.cairn.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The geometry of the plan's timeline, drawn as SVG by the page beside the tables that hold the same facts: one row
 * per milestone (a diamond on its date) and per task on the page (a bar from its start to the end of its due day,
 * filled as far as it is complete), months along the top, a dashed line for today and, once a baseline is approved,
 * a mark where each task or milestone was due in it. Coordinates are SVG user units.
 */
public record Timeline(
        int width,
        int height,
        int top,
        int bottom,
        LocalDate from,
        LocalDate to,
        List<Tick> ticks,
        List<Row> rows,
        Integer todayX) {

    static final int WIDTH = 960;
    static final int LEFT = 200;
    static final int RIGHT = 16;
    static final int TOP = 28;
    static final int ROW = 22;
    private static final int LABEL = 26;

    /** The start of a month, labelled when {@code labelled}. */
    public record Tick(int x, LocalDate month, boolean labelled) {}

    /**
     * One row. For a milestone {@code x1} is the diamond's centre and {@code x2} equals it. {@code doneX} is where the
     * complete part of a task's bar ends; {@code baselineX} is null when the baseline does not hold it. {@code kind}
     * is one of {@code milestone}, {@code done}, {@code late}, {@code blocked} and {@code open}, which the page
     * colours.
     */
    public record Row(int y, String label, String kind, int x1, int x2, int doneX, Integer baselineX) {

        public int middle() {
            return y + ROW / 2;
        }
    }

    /** The timeline of the page's milestones and tasks; null when there is nothing to draw. */
    public static Timeline of(List<PlanView.MilestoneView> milestones, List<PlanView.TaskView> tasks, LocalDate today) {
        var days = Stream.concat(
                        milestones.stream().flatMap(m -> Stream.of(m.due(), m.reachedOn(), m.baselineDue())),
                        tasks.stream().flatMap(t -> Stream.of(t.start(), t.due(), t.baselineDue())))
                .filter(d -> d != null)
                .toList();
        if (days.isEmpty()) {
            return null;
        }
        var from = days.stream().min(LocalDate::compareTo).orElseThrow().withDayOfMonth(1);
        var to = days.stream()
                .max(LocalDate::compareTo)
                .orElseThrow()
                .withDayOfMonth(1)
                .plusMonths(1);
        var scale = new Scale(from, to);
        var rows = new ArrayList<Row>();
        int y = TOP;
        for (var m : milestones) {
            int x = scale.x(m.reachedOn() != null ? m.reachedOn() : m.due());
            rows.add(new Row(y, shorten(m.title()), "milestone", x, x, x, scale.x(m.baselineDue())));
            y += ROW;
        }
        for (var t : tasks) {
            int x1 = scale.x(t.start());
            int x2 = Math.max(scale.x(t.due().plusDays(1)), x1 + 2);
            rows.add(new Row(
                    y,
                    t.reference() + " " + shorten(t.title()),
                    kind(t),
                    x1,
                    x2,
                    x1 + (x2 - x1) * t.percent() / 100,
                    t.baselineDue() == null ? null : scale.x(t.baselineDue().plusDays(1))));
            y += ROW;
        }
        long months = ChronoUnit.MONTHS.between(from, to);
        int every = months <= 12 ? 1 : months <= 36 ? 3 : 12;
        var ticks = new ArrayList<Tick>();
        for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            ticks.add(new Tick(scale.x(m), m, ChronoUnit.MONTHS.between(from, m) % every == 0 && m.isBefore(to)));
        }
        Integer todayX = today.isBefore(from) || !today.isBefore(to) ? null : scale.x(today);
        return new Timeline(WIDTH, y + 8, TOP - 6, y, from, to.minusDays(1), ticks, rows, todayX);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    private static String kind(PlanView.TaskView t) {
        if (t.status() == TaskStatus.DONE) {
            return "done";
        }
        if (t.status() == TaskStatus.BLOCKED) {
            return "blocked";
        }
        return t.late() ? "late" : "open";
    }

    private static String shorten(String title) {
        return title.length() <= LABEL ? title : title.substring(0, LABEL - 1) + "…";
    }

    /** Days to x, from the start of the first month to the start of the month after the last. */
    private record Scale(LocalDate from, LocalDate to) {

        Integer x(LocalDate day) {
            if (day == null) {
                return null;
            }
            double share = (double) ChronoUnit.DAYS.between(from, day) / ChronoUnit.DAYS.between(from, to);
            return LEFT + (int) Math.round(share * (WIDTH - RIGHT - LEFT));
        }
    }
}
