package scot.cairn.governance.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.governance.GovernanceService;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Message;

/** The governance overview (groups, checks, warnings), setting up groups, and the responsibilities matrix. */
@Controller
class GovernanceController {

    private final GovernanceService governance;
    private final GroupService groups;

    GovernanceController(GovernanceService governance, GroupService groups) {
        this.governance = governance;
        this.groups = groups;
    }

    @GetMapping("/partnerships/{id}/governance")
    String overview(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("g", governance.overview(id, user));
        return "governance/overview";
    }

    @PostMapping("/partnerships/{id}/governance/groups/standard")
    String standard(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        if (GovernancePages.row("standard", () -> groups.setUpStandard(id, user), model)) {
            redirect.addFlashAttribute("done", Message.of("governance.overview.standardDone"));
            return "redirect:/partnerships/" + id + "/governance";
        }
        return overview(id, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/groups")
    String create(
            @PathVariable long id,
            @RequestParam(required = false) GroupKind kind,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (GovernancePages.row("add-" + kind, () -> groups.create(id, kind, user), model)) {
            redirect.addFlashAttribute(
                    "done", Message.of("governance.overview.groupDone", Message.of(kind.labelKey())));
            return "redirect:/partnerships/" + id + "/governance";
        }
        return overview(id, user, model);
    }

    @GetMapping("/partnerships/{id}/governance/responsibilities")
    String responsibilities(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("g", governance.overview(id, user));
        model.addAttribute("rows", governance.responsibilities(id, user));
        return "governance/responsibilities";
    }
}
