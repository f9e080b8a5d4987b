package scot.cairn.outcome.web;

import java.util.HashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.FrameworkService;
import scot.cairn.outcome.RagRule;
import scot.cairn.outcome.ResultsService;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** A partnership's outcome framework at a glance, and copying a framework from another partnership. */
@Controller
class FrameworkController {

    private final FrameworkService frameworks;
    private final ResultsService results;
    private final PartnershipScope scope;

    FrameworkController(FrameworkService frameworks, ResultsService results, PartnershipScope scope) {
        this.scope = scope;
        this.frameworks = frameworks;
        this.results = results;
    }

    @GetMapping("/partnerships/{id}/outcomes")
    String overview(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("f", frameworks.framework(id, user));
        model.addAttribute("rags", results.statuses(id, user)).addAttribute("tolerance", RagRule.TOLERANCE_TEXT);
        return "outcome/framework";
    }

    @GetMapping("/partnerships/{id}/outcomes/copy")
    String copyForm(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("form", new CopyForm(null));
        return copyPage(id, user, model);
    }

    @PostMapping("/partnerships/{id}/outcomes/copy")
    String copy(
            @PathVariable long id,
            @RequestParam(required = false) Long sourceId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var form = new CopyForm(sourceId);
        var result = new MapBindingResult(new HashMap<>(), "form");
        var copied = new int[1];
        if (Forms.submit(result, () -> copied[0] = frameworks.copyFrom(id, sourceId, user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.copy.done", copied[0]));
            return OutcomePages.home(id);
        }
        model.addAttribute("form", form).addAttribute("problems", result.getAllErrors());
        return copyPage(id, user, model);
    }

    private String copyPage(long id, CurrentUser user, Model model) {
        model.addAttribute("f", OutcomePages.editable(scope, id, user, frameworks.framework(id, user)));
        model.addAttribute(
                "sources",
                frameworks.copySources(id, user).stream()
                        .map(s -> new Option(String.valueOf(s.id()), s.title()))
                        .toList());
        return "outcome/copy";
    }

    /** Which partnership to copy the framework from. */
    record CopyForm(Long sourceId) {}
}
