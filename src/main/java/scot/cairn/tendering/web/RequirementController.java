package scot.cairn.tendering.web;

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
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;
import scot.cairn.tendering.RequirementDetails;
import scot.cairn.tendering.RequirementService;
import scot.cairn.tendering.SpecSection;
import scot.cairn.tendering.TraceabilityView;

/** The specification's requirements with their evidence, and the traceability both ways. */
@Controller
class RequirementController {

    private static final String BASE = "/partnerships/{id}/tender/requirements";

    private final PartnershipService partnerships;
    private final RequirementService requirements;

    RequirementController(PartnershipService partnerships, RequirementService requirements) {
        this.partnerships = partnerships;
        this.requirements = requirements;
    }

    /** A requirement as typed; evidence holds the ticked records' values ("INDICATOR:12"). */
    record RequirementForm(SpecSection section, String text, List<String> evidence) {

        RequirementDetails details() {
            return new RequirementDetails(section, text, evidence);
        }
    }

    @GetMapping(BASE)
    String page(@PathVariable long id, CurrentUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RequirementForm(null, null, List.of()));
        }
        model.addAttribute("p", partnerships.get(id, user));
        var t = requirements.traceability(id, user);
        model.addAttribute("t", t);
        model.addAttribute("choices", t.choices());
        model.addAttribute("sections", Option.of(SpecSection.values()));
        return "tendering/requirements";
    }

    @PostMapping(BASE)
    String add(
            @PathVariable long id,
            @ModelAttribute("form") RequirementForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> requirements.add(id, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.requirement.added"));
            return "redirect:/partnerships/" + id + "/tender/requirements";
        }
        return page(id, user, model);
    }

    @GetMapping(BASE + "/{rid}")
    String edit(@PathVariable long id, @PathVariable long rid, CurrentUser user, Model model) {
        var t = requirements.traceability(id, user);
        var x = t.requirements().stream()
                .filter(r -> r.id() == rid)
                .findFirst()
                .orElseThrow(() -> new scot.cairn.platform.NotFoundException("Requirement"));
        if (!t.mayEdit()) {
            throw new scot.cairn.platform.ForbiddenException(scot.cairn.partnership.Editors.PROCUREMENT.refusal());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RequirementForm(x.section(), x.text(), x.values()));
        }
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", t);
        model.addAttribute("x", x);
        model.addAttribute("choices", withCurrent(t.choices(), x));
        model.addAttribute("sections", Option.of(SpecSection.values()));
        return "tendering/requirement";
    }

    @PostMapping(BASE + "/{rid}")
    String change(
            @PathVariable long id,
            @PathVariable long rid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") RequirementForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> requirements.change(id, rid, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.requirement.changed"));
            return "redirect:/partnerships/" + id + "/tender/requirements";
        }
        return edit(id, rid, user, model);
    }

    @PostMapping(BASE + "/{rid}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long rid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "remove");
        if (Forms.submit(result, () -> requirements.remove(id, rid, version, user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.requirement.removed"));
            return "redirect:/partnerships/" + id + "/tender/requirements";
        }
        model.addAttribute("problems", Problem.of("remove-" + rid, result));
        return page(id, user, model);
    }

    /**
     * The choices with the requirement's own evidence added to its kind when it is older than the latest offered, so
     * that saving the form never drops evidence nobody unticked.
     */
    private static List<TraceabilityView.Kind> withCurrent(
            List<TraceabilityView.Kind> choices, TraceabilityView.RequirementView x) {
        var offered = choices.stream()
                .flatMap(k -> k.records().stream())
                .map(scot.cairn.partnership.Records.Ref::value)
                .collect(java.util.stream.Collectors.toSet());
        var missing =
                x.evidence().stream().filter(e -> !offered.contains(e.value())).toList();
        if (missing.isEmpty()) {
            return choices;
        }
        var kinds = new java.util.ArrayList<TraceabilityView.Kind>();
        kinds.add(new TraceabilityView.Kind("tendering.requirement.current", missing));
        kinds.addAll(choices);
        return kinds;
    }

    @GetMapping("/partnerships/{id}/tender/traceability")
    String traceability(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", requirements.traceability(id, user));
        return "tendering/traceability";
    }
}
