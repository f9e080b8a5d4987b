package scot.cairn.consultation.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import scot.cairn.consultation.ThemeDetails;
import scot.cairn.consultation.ThemeService;
import scot.cairn.consultation.ThemeView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;

/** "You said, we did": a consultation's themes, tagging its free-text answers, and publishing each theme's response. */
@Controller
class ThemeController {

    private static final String BASE = ConsultationController.BASE + "/{cid}/themes";

    private final PartnershipService partnerships;
    private final ThemeService themes;

    ThemeController(PartnershipService partnerships, ThemeService themes) {
        this.partnerships = partnerships;
        this.themes = themes;
    }

    /** A theme as typed. */
    record ThemeForm(String name, String said, String response, String change, String link) {

        static ThemeForm of(ThemeView t) {
            return new ThemeForm(t.name(), t.said(), t.response(), t.change(), t.linkValue());
        }

        ThemeDetails details() {
            return new ThemeDetails(name, said, response, change, link);
        }
    }

    @GetMapping(BASE)
    String list(@PathVariable long id, @PathVariable long cid, CurrentUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ThemeForm(null, null, null, null, null));
        }
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", themes.themes(id, cid, user));
        return "consultation/themes";
    }

    @PostMapping(BASE)
    String add(
            @PathVariable long id,
            @PathVariable long cid,
            @ModelAttribute("form") ThemeForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> themes.add(id, cid, form.details(), user))) {
            redirect.addFlashAttribute(
                    "done", Message.of("consultation.theme.added", form.name().strip()));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "/themes";
        }
        return list(id, cid, user, model);
    }

    @GetMapping(BASE + "/{tid}")
    String show(@PathVariable long id, @PathVariable long cid, @PathVariable long tid, CurrentUser user, Model model) {
        var theme = themes.theme(id, cid, tid, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ThemeForm.of(theme));
        }
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", themes.themes(id, cid, user));
        model.addAttribute("theme", theme);
        return "consultation/theme";
    }

    @PostMapping(BASE + "/{tid}")
    String write(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long tid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") ThemeForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> themes.write(id, cid, tid, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("consultation.theme.saved"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "/themes/" + tid;
        }
        return show(id, cid, tid, user, model);
    }

    @PostMapping(BASE + "/{tid}/publish")
    String publish(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long tid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return step(
                id,
                cid,
                tid,
                "publish",
                () -> themes.publish(id, cid, tid, version, user),
                "consultation.theme.publishedDone",
                user,
                model,
                redirect);
    }

    @PostMapping(BASE + "/{tid}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long tid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return step(
                id,
                cid,
                tid,
                "withdraw",
                () -> themes.withdraw(id, cid, tid, version, user),
                "consultation.theme.withdrawn",
                user,
                model,
                redirect);
    }

    @PostMapping(BASE + "/{tid}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long tid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "theme");
        if (Forms.submit(result, () -> themes.remove(id, cid, tid, version, user))) {
            redirect.addFlashAttribute("done", Message.of("consultation.theme.removed"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "/themes";
        }
        model.addAttribute("problems", Problem.of("remove", result));
        return show(id, cid, tid, user, model);
    }

    @GetMapping(BASE + "/answers")
    String answers(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam int question,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user,
            Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", themes.themes(id, cid, user));
        model.addAttribute("a", themes.answers(id, cid, question, page, user));
        return "consultation/tag";
    }

    @PostMapping(BASE + "/answers/{responseId}")
    String tag(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long responseId,
            @RequestParam int question,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) List<Long> themeIds,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "tags");
        if (Forms.submit(
                result,
                () -> themes.tag(
                        id,
                        cid,
                        responseId,
                        question,
                        themeIds == null ? java.util.Set.of() : new LinkedHashSet<>(themeIds),
                        user))) {
            redirect.addFlashAttribute("done", Message.of("consultation.theme.tagged"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "/themes/answers?question=" + question
                    + "&page=" + page + "#answer-" + responseId;
        }
        model.addAttribute("problems", Problem.of("save-" + responseId, result));
        return answers(id, cid, question, page, user, model);
    }

    private String step(
            long id,
            long cid,
            long tid,
            String control,
            Runnable action,
            String done,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "theme");
        if (Forms.submit(result, action)) {
            redirect.addFlashAttribute("done", Message.of(done));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "/themes/" + tid;
        }
        model.addAttribute("problems", Problem.of(control, result));
        return show(id, cid, tid, user, model);
    }
}
