package scot.cairn.engagement.web;

import java.time.LocalDate;
import java.util.HashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.engagement.ActivityDetails;
import scot.cairn.engagement.ActivityStatus;
import scot.cairn.engagement.CommsDownloads;
import scot.cairn.engagement.CommsPlanService;
import scot.cairn.engagement.CommsPlanView;
import scot.cairn.engagement.PlanDetails;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;

/** The communications plan: reading it, writing it, its reviews, and planning and moving on its activities. */
@Controller
class CommsController {

    private static final String BASE = "/partnerships/{id}/communications";

    private final PartnershipService partnerships;
    private final CommsPlanService plans;
    private final CommsDownloads downloads;

    CommsController(PartnershipService partnerships, CommsPlanService plans, CommsDownloads downloads) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.downloads = downloads;
    }

    @GetMapping(BASE)
    String plan(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("c", plans.plan(id, user));
        return "engagement/plan";
    }

    @GetMapping(BASE + "/plan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
        return downloads.pdf(id, user).response();
    }

    @GetMapping(BASE + "/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        plans.checkMayEdit(id, user);
        var c = plans.plan(id, user);
        model.addAttribute(
                "form",
                new PlanDetails(
                        c.purpose(),
                        String.join("\n", c.audiencesInside()),
                        String.join("\n", c.audiencesOutside()),
                        String.join("\n", c.messages()),
                        String.join("\n", c.channels())));
        return editPage(id, c.version(), user, model);
    }

    @PostMapping(BASE)
    String write(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") PlanDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> plans.write(id, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("engagement.plan.saved"));
            return "redirect:/partnerships/" + id + "/communications";
        }
        plans.checkMayEdit(id, user);
        return editPage(id, version, user, model);
    }

    private String editPage(long id, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("version", version);
        return "engagement/edit";
    }

    @PostMapping(BASE + "/reviews")
    String review(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "review");
        if (Forms.submit(result, () -> plans.review(id, version, note, user))) {
            redirect.addFlashAttribute("done", Message.of("engagement.review.recorded"));
            return "redirect:/partnerships/" + id + "/communications";
        }
        model.addAttribute("problems", Problem.of("note", result));
        return plan(id, user, model);
    }

    /** An activity as typed. */
    record ActivityForm(
            String title, String audience, String channel, Long ownerId, LocalDate due, ActivityStatus status) {

        ActivityDetails details() {
            return new ActivityDetails(title, audience, channel, ownerId, due, status);
        }
    }

    @GetMapping(BASE + "/activities/new")
    String newActivity(@PathVariable long id, CurrentUser user, Model model) {
        plans.checkMayEdit(id, user);
        model.addAttribute("form", new ActivityForm(null, null, null, null, null, null));
        return activityPage(id, null, user, model);
    }

    @PostMapping(BASE + "/activities")
    String planActivity(
            @PathVariable long id,
            @ModelAttribute("form") ActivityForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new CommsPlanView.ActivityView[1];
        if (Forms.submit(result, () -> saved[0] = plans.plan(id, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("engagement.activity.planned", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/communications#activities";
        }
        plans.checkMayEdit(id, user);
        return activityPage(id, null, user, model);
    }

    @GetMapping(BASE + "/activities/{activityId}")
    String activity(@PathVariable long id, @PathVariable long activityId, CurrentUser user, Model model) {
        var a = plans.activity(id, activityId, user);
        model.addAttribute(
                "form", new ActivityForm(a.title(), a.audience(), a.channel(), a.ownerId(), a.due(), a.status()));
        return activityPage(id, a, user, model);
    }

    @PostMapping(BASE + "/activities/{activityId}")
    String changeActivity(
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") ActivityForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new CommsPlanView.ActivityView[1];
        if (Forms.submit(result, () -> saved[0] = plans.change(id, activityId, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("engagement.activity.changed", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/communications#activities";
        }
        return activityPage(id, plans.activity(id, activityId, user), user, model);
    }

    private String activityPage(long id, CommsPlanView.ActivityView a, CurrentUser user, Model model) {
        var p = partnerships.get(id, user);
        var c = plans.plan(id, user);
        model.addAttribute("p", p);
        model.addAttribute("a", a);
        model.addAttribute("mayEdit", c.mayEdit());
        model.addAttribute(
                "audiences", c.audiences().stream().map(x -> new Option(x, x)).toList());
        model.addAttribute(
                "channels", c.channels().stream().map(x -> new Option(x, x)).toList());
        model.addAttribute(
                "owners",
                p.participants().stream()
                        .map(o -> new Option(Long.toString(o.personId()), o.fullName()))
                        .toList());
        model.addAttribute("statuses", Option.of(ActivityStatus.values()));
        return "engagement/activity";
    }
}
