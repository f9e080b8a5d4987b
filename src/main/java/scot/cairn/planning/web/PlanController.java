package scot.cairn.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;
import scot.cairn.planning.MilestoneDetails;
import scot.cairn.planning.PlanFilter;
import scot.cairn.planning.PlanService;
import scot.cairn.planning.PlanView;
import scot.cairn.planning.ProgressDetails;
import scot.cairn.planning.TaskDetails;
import scot.cairn.planning.TaskStatus;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** The plan (milestones, then tasks with filters), a task with its progress, and the forms to add and change them. */
@Controller
class PlanController {

    private final PartnershipService partnerships;
    private final PlanService plans;
    private final scot.cairn.planning.WorkPackageService packages;

    PlanController(
            PartnershipService partnerships, PlanService plans, scot.cairn.planning.WorkPackageService packages) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.packages = packages;
    }

    /** A task as typed; dependencies as task numbers separated by commas or spaces (T-3, 5). */
    record TaskForm(
            String title,
            String workstream,
            Stage stage,
            Long ownerId,
            LocalDate start,
            LocalDate due,
            String dependsOn,
            Long workPackageId) {

        static TaskForm of(PlanView.TaskView t) {
            return new TaskForm(
                    t.title(),
                    t.workstream(),
                    t.stage(),
                    t.ownerId(),
                    t.start(),
                    t.due(),
                    String.join(", ", t.dependsOn()),
                    t.workPackageId());
        }

        /** Each piece that is not a task number is passed on as 0, which the service refuses as no such task. */
        TaskDetails details() {
            var numbers = new ArrayList<Long>();
            if (dependsOn != null) {
                for (var piece : dependsOn.split("[,\\s]+")) {
                    if (!piece.isBlank()) {
                        try {
                            numbers.add(Long.valueOf(piece.strip().replaceFirst("^[Tt]-", "")));
                        } catch (NumberFormatException notANumber) {
                            numbers.add(0L);
                        }
                    }
                }
            }
            return new TaskDetails(title, workstream, stage, ownerId, start, due, numbers, workPackageId);
        }
    }

    @GetMapping("/partnerships/{id}/plan")
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) String workstream,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user,
            Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        var plan = plans.plan(id, new PlanFilter(workstream, owner, status), page, user);
        model.addAttribute("plan", plan);
        model.addAttribute("timeline", plans.timeline(plan));
        model.addAttribute("packages", packages.packages(id, user));
        model.addAttribute("filter", new PlanFilter(workstream, owner, status));
        model.addAttribute("owners", owners(id, user));
        model.addAttribute("statuses", Option.of(TaskStatus.values()));
        return "planning/plan";
    }

    @GetMapping("/partnerships/{id}/plan/tasks/new")
    String newTask(@PathVariable long id, CurrentUser user, Model model) {
        plans.checkMayEdit(id, user);
        model.addAttribute("form", new TaskForm(null, null, null, null, null, null, null, null));
        return taskForm(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/plan/tasks")
    String addTask(
            @PathVariable long id,
            @ModelAttribute("form") TaskForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new PlanView.TaskView[1];
        if (Forms.submit(result, () -> saved[0] = plans.addTask(id, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("planning.task.added", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/plan/tasks/" + saved[0].id();
        }
        plans.checkMayEdit(id, user);
        return taskForm(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/plan/tasks/{taskId}")
    String task(@PathVariable long id, @PathVariable long taskId, CurrentUser user, Model model) {
        var t = plans.task(id, taskId, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", t);
        model.addAttribute("mayEdit", plans.mayEdit(id, user));
        if (!model.containsAttribute("progress")) {
            model.addAttribute("progress", new ProgressDetails(t.status(), t.percent(), t.blockedReason()));
        }
        model.addAttribute("statuses", Option.of(TaskStatus.values()));
        return "planning/task";
    }

    @GetMapping("/partnerships/{id}/plan/tasks/{taskId}/edit")
    String editTask(@PathVariable long id, @PathVariable long taskId, CurrentUser user, Model model) {
        plans.checkMayEdit(id, user);
        var t = plans.task(id, taskId, user);
        model.addAttribute("form", TaskForm.of(t));
        return taskForm(id, t, t.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/plan/tasks/{taskId}/edit")
    String changeTask(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") TaskForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new PlanView.TaskView[1];
        if (Forms.submit(result, () -> saved[0] = plans.changeTask(id, taskId, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("planning.task.saved", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/plan/tasks/" + taskId;
        }
        plans.checkMayEdit(id, user);
        return taskForm(id, plans.task(id, taskId, user), version, user, model);
    }

    @PostMapping("/partnerships/{id}/plan/tasks/{taskId}/progress")
    String report(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("progress") ProgressDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new PlanView.TaskView[1];
        if (Forms.submit(result, () -> saved[0] = plans.report(id, taskId, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("planning.progress.saved", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/plan/tasks/" + taskId;
        }
        model.addAttribute("formVersion", version);
        return task(id, taskId, user, model);
    }

    @GetMapping("/partnerships/{id}/plan/milestones/new")
    String newMilestone(@PathVariable long id, CurrentUser user, Model model) {
        plans.checkMayEdit(id, user);
        model.addAttribute("form", new MilestoneDetails(null, null, null, null));
        return milestoneForm(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/plan/milestones")
    String addMilestone(
            @PathVariable long id,
            @ModelAttribute("form") MilestoneDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> plans.addMilestone(id, form, user))) {
            redirect.addFlashAttribute(
                    "done", Message.of("planning.milestone.added", form.title().strip()));
            return "redirect:/partnerships/" + id + "/plan";
        }
        plans.checkMayEdit(id, user);
        return milestoneForm(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/plan/milestones/{milestoneId}/edit")
    String editMilestone(@PathVariable long id, @PathVariable long milestoneId, CurrentUser user, Model model) {
        plans.checkMayEdit(id, user);
        var m = plans.milestone(id, milestoneId, user);
        model.addAttribute("form", new MilestoneDetails(m.title(), m.due(), m.ownerId(), m.reachedOn()));
        return milestoneForm(id, m, m.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/plan/milestones/{milestoneId}/edit")
    String changeMilestone(
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") MilestoneDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> plans.changeMilestone(id, milestoneId, version, form, user))) {
            redirect.addFlashAttribute(
                    "done", Message.of("planning.milestone.saved", form.title().strip()));
            return "redirect:/partnerships/" + id + "/plan";
        }
        plans.checkMayEdit(id, user);
        return milestoneForm(id, plans.milestone(id, milestoneId, user), version, user, model);
    }

    @PostMapping("/partnerships/{id}/plan/milestones/{milestoneId}/reached")
    String reach(
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new PlanView.MilestoneView[1];
        var result = new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "milestone");
        if (Forms.submit(result, () -> saved[0] = plans.reach(id, milestoneId, version, null, user))) {
            redirect.addFlashAttribute("done", Message.of("planning.milestone.reachedSaved", saved[0].title()));
            return "redirect:/partnerships/" + id + "/plan";
        }
        model.addAttribute("problems", scot.cairn.platform.web.Problem.of("reached-" + milestoneId, result));
        return plan(id, null, null, null, 1, user, model);
    }

    private String taskForm(long id, PlanView.TaskView t, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", t).addAttribute("version", version);
        model.addAttribute("owners", owners(id, user));
        model.addAttribute(
                "workstreams",
                plans.workstreams(id, user).stream().map(w -> new Option(w, w)).toList());
        model.addAttribute(
                "packages",
                packages.packages(id, user).stream()
                        .map(wp -> new Option(Long.toString(wp.id()), wp.reference() + " " + wp.title()))
                        .toList());
        model.addAttribute(
                "stages",
                Option.of(Arrays.stream(Stage.values())
                        .filter(s -> s != Stage.CLOSED)
                        .toArray(Stage[]::new)));
        return "planning/task-edit";
    }

    private String milestoneForm(long id, PlanView.MilestoneView m, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("m", m).addAttribute("version", version);
        model.addAttribute("owners", owners(id, user));
        return "planning/milestone-edit";
    }

    private List<Option> owners(long id, CurrentUser user) {
        return plans.owners(id, user).stream()
                .map(o -> new Option(Long.toString(o.personId()), o.fullName()))
                .toList();
    }
}
