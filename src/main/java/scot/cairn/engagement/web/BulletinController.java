package scot.cairn.engagement.web;

import java.util.HashMap;
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
import scot.cairn.engagement.BulletinService;
import scot.cairn.engagement.BulletinView;
import scot.cairn.engagement.PublicPageService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;

/**
 * Outside the partnership: whether its public page is on, and its bulletins to the forum of informed providers
 * (writing, approving, sending). Every page works without JavaScript.
 */
@Controller
class BulletinController {

    private static final String BASE = "/partnerships/{id}/bulletins";

    private final PartnershipService partnerships;
    private final BulletinService bulletins;
    private final PublicPageService page;

    BulletinController(PartnershipService partnerships, BulletinService bulletins, PublicPageService page) {
        this.partnerships = partnerships;
        this.bulletins = bulletins;
        this.page = page;
    }

    /** A bulletin as typed. */
    record BulletinForm(String title, String body) {}

    @GetMapping(BASE)
    String list(@PathVariable long id, CurrentUser user, Model model) {
        var settings = page.settings(id, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("listing", bulletins.list(id, user));
        model.addAttribute("page", settings);
        model.addAttribute(
                "decisions",
                settings.decisions().stream()
                        .map(d -> new Option(Long.toString(d.id()), d.label()))
                        .toList());
        return "engagement/bulletins";
    }

    @PostMapping("/partnerships/{id}/public-page")
    String publicPage(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) Long decisionId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "page");
        if (Forms.submit(result, () -> page.change(id, version, enabled, decisionId, user))) {
            redirect.addFlashAttribute(
                    "done", Message.of(enabled ? "engagement.publicPage.turnedOn" : "engagement.publicPage.turnedOff"));
            return "redirect:/partnerships/" + id + "/bulletins";
        }
        model.addAttribute("problems", Problem.of("decisionId", result));
        return list(id, user, model);
    }

    @GetMapping(BASE + "/new")
    String write(@PathVariable long id, CurrentUser user, Model model) {
        bulletins.checkMayWrite(id, user);
        model.addAttribute("form", new BulletinForm(null, null));
        return formPage(id, null, user, model);
    }

    @PostMapping(BASE)
    String create(
            @PathVariable long id,
            @ModelAttribute("form") BulletinForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new BulletinView[1];
        if (Forms.submit(result, () -> saved[0] = bulletins.write(id, form.title(), form.body(), user))) {
            redirect.addFlashAttribute("done", Message.of("engagement.bulletin.written", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/bulletins/" + saved[0].id();
        }
        bulletins.checkMayWrite(id, user);
        return formPage(id, null, user, model);
    }

    @GetMapping(BASE + "/{bulletinId}")
    String bulletin(@PathVariable long id, @PathVariable long bulletinId, CurrentUser user, Model model) {
        var b = bulletins.get(id, bulletinId, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("b", b);
        if (b.mayRewrite() && !model.containsAttribute("form")) {
            model.addAttribute("form", new BulletinForm(b.title(), b.body()));
        }
        return "engagement/bulletin";
    }

    @PostMapping(BASE + "/{bulletinId}")
    String rewrite(
            @PathVariable long id,
            @PathVariable long bulletinId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") BulletinForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> bulletins.rewrite(id, bulletinId, version, form.title(), form.body(), user))) {
            redirect.addFlashAttribute("done", Message.of("engagement.bulletin.saved"));
            return "redirect:/partnerships/" + id + "/bulletins/" + bulletinId;
        }
        return bulletin(id, bulletinId, user, model);
    }

    @PostMapping(BASE + "/{bulletinId}/{step:approve|send|reopen}")
    String step(
            @PathVariable long id,
            @PathVariable long bulletinId,
            @PathVariable String step,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "bulletin");
        var done = new BulletinView[1];
        if (Forms.submit(
                result,
                () -> done[0] = switch (step) {
                    case "approve" -> bulletins.approve(id, bulletinId, version, user);
                    case "send" -> bulletins.send(id, bulletinId, version, user);
                    default -> bulletins.reopen(id, bulletinId, version, user);
                })) {
            redirect.addFlashAttribute("done", Message.of("engagement.bulletin." + step + "Done", done[0].reference()));
            return "redirect:/partnerships/" + id + "/bulletins/" + bulletinId;
        }
        model.addAttribute("problems", Problem.of(step, result));
        return bulletin(id, bulletinId, user, model);
    }

    private String formPage(long id, BulletinView b, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("b", b);
        return "engagement/bulletin-form";
    }
}
