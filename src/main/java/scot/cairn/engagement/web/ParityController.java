package scot.cairn.engagement.web;

import java.time.LocalDate;
import java.util.HashMap;
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
import scot.cairn.engagement.ParityOutcome;
import scot.cairn.engagement.ParityService;
import scot.cairn.engagement.SharedDetails;
import scot.cairn.engagement.SharedKind;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;

/** The information-parity ledger and its report before the tender; recording what reached providers; resolving gaps. */
@Controller
class ParityController {

    private static final String BASE = "/partnerships/{id}/parity";

    private final PartnershipService partnerships;
    private final ParityService parity;

    ParityController(PartnershipService partnerships, ParityService parity) {
        this.partnerships = partnerships;
        this.parity = parity;
    }

    /** Something shared, as typed. */
    record SharedForm(SharedKind kind, String subject, LocalDate sharedOn, List<Long> organisationIds) {

        SharedDetails details() {
            return new SharedDetails(kind, subject, sharedOn, organisationIds);
        }
    }

    @GetMapping(BASE)
    String ledger(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("parity", parity.ledger(id, user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SharedForm(null, null, null, List.of()));
        }
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(SharedKind.values())
                        .filter(SharedKind::recordedByHand)
                        .map(k -> new Option(k.name(), Message.of(k.labelKey())))
                        .toList());
        model.addAttribute("outcomes", Option.of(ParityOutcome.values()));
        return "engagement/parity";
    }

    @PostMapping(BASE)
    String record(
            @PathVariable long id,
            @ModelAttribute("form") SharedForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> parity.record(id, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("engagement.parity.recorded"));
            return "redirect:/partnerships/" + id + "/parity";
        }
        return ledger(id, user, model);
    }

    @PostMapping(BASE + "/{entryId}/resolve")
    String resolve(
            @PathVariable long id,
            @PathVariable long entryId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) ParityOutcome outcome,
            @RequestParam(required = false) String note,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "resolve");
        if (Forms.submit(result, () -> parity.resolve(id, entryId, version, outcome, note, user))) {
            redirect.addFlashAttribute("done", Message.of("engagement.parity.resolved"));
            return "redirect:/partnerships/" + id + "/parity";
        }
        model.addAttribute("problems", Problem.of("note-" + entryId, result));
        return ledger(id, user, model);
    }
}
