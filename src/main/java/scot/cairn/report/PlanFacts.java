package scot.cairn.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.planning.PlanService;
import scot.cairn.planning.PlanView;
import scot.cairn.planning.TaskStatus;

/** The plan's progress, its slippage against the approved baseline, and the milestones met, missed and ahead. */
@Component
class PlanFacts implements Facts {

    /** Blocked tasks and milestones ahead named, at most. */
    static final int NAMED = 5;

    private final PlanService plans;
    private final ReportWords words;

    PlanFacts(PlanService plans, ReportWords words) {
        this.plans = plans;
        this.words = words;
    }

    @Override
    public ReportSection section() {
        return ReportSection.PLAN;
    }

    @Override
    public List<String> of(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var plan = plans.whole(id, user);
        var lines = new ArrayList<String>();
        var tasks = plan.tasks();
        lines.add(words.of(
                "report.facts.tasks",
                tasks.size(),
                count(tasks, TaskStatus.DONE),
                count(tasks, TaskStatus.IN_PROGRESS),
                count(tasks, TaskStatus.BLOCKED),
                count(tasks, TaskStatus.NOT_STARTED),
                tasks.stream().filter(PlanView.TaskView::late).count()));
        var b = plan.baseline();
        lines.add(
                b == null
                        ? words.of("report.facts.noBaseline")
                        : words.of(
                                "report.facts.baseline",
                                b.reference(),
                                b.tasksLate(),
                                b.milestonesLate(),
                                b.mostDaysLate()));
        tasks.stream()
                .filter(t -> t.status() == TaskStatus.BLOCKED)
                .limit(NAMED)
                .forEach(t -> lines.add(words.of("report.facts.blocked", t.reference(), t.title(), t.blockedReason())));
        for (var m : plan.milestones()) {
            if (Facts.within(m.reachedOn(), from, to)) {
                lines.add(words.of("report.facts.milestoneReached", m.title(), words.day(m.reachedOn())));
            } else if (m.reachedOn() == null && m.missed() && !m.due().isAfter(to)) {
                lines.add(words.of("report.facts.milestoneMissed", m.title(), words.day(m.due())));
            }
        }
        plan.milestones().stream()
                .filter(m -> m.reachedOn() == null && m.due().isAfter(to))
                .limit(NAMED)
                .forEach(m -> lines.add(words.of("report.facts.milestoneAhead", m.title(), words.day(m.due()))));
        return lines;
    }

    private static long count(List<PlanView.TaskView> tasks, TaskStatus status) {
        return tasks.stream().filter(t -> t.status() == status).count();
    }
}
