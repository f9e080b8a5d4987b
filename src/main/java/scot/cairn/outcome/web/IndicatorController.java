package scot.cairn.outcome.web;

import jakarta.validation.Valid;
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
import scot.cairn.outcome.Direction;
import scot.cairn.outcome.FrameworkService;
import scot.cairn.outcome.Frequency;
import scot.cairn.outcome.IndicatorDetails;
import scot.cairn.outcome.Measure;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** Adding and changing the indicators that show each outcome. */
@Controller
class IndicatorController {

    private final FrameworkService frameworks;
    private final PartnershipScope scope;

    IndicatorController(FrameworkService frameworks, PartnershipScope scope) {
        this.scope = scope;
        this.frameworks = frameworks;
    }

    @GetMapping("/partnerships/{id}/outcomes/indicators/new")
    String addForm(@PathVariable long id, @RequestParam(required = false) Long outcome, CurrentUser user, Model model) {
        model.addAttribute(
                "form",
                new IndicatorDetails(
                        outcome,
                        null,
                        null,
                        null,
                        Direction.HIGHER_IS_BETTER,
                        null,
                        null,
                        Frequency.QUARTERLY,
                        null,
                        Measure.OTHER));
        return page(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/outcomes/indicators/new")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") IndicatorDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> frameworks.addIndicator(id, form, user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.indicator.added"));
            return OutcomePages.home(id);
        }
        return page(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/outcomes/indicators/{indicatorId}")
    String editForm(@PathVariable long id, @PathVariable long indicatorId, CurrentUser user, Model model) {
        var i = frameworks.framework(id, user).indicators().stream()
                .filter(x -> x.id() == indicatorId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Indicator"));
        model.addAttribute("form", i.details());
        return page(id, indicatorId, i.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/outcomes/indicators/{indicatorId}")
    String edit(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @RequestParam(required = false) Integer version,
            @Valid @ModelAttribute("form") IndicatorDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> frameworks.updateIndicator(id, indicatorId, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.indicator.saved"));
            return OutcomePages.home(id);
        }
        return page(id, indicatorId, version, user, model);
    }

    private String page(long id, Long indicatorId, Integer version, CurrentUser user, Model model) {
        var f = OutcomePages.editable(scope, id, user, frameworks.framework(id, user));
        model.addAttribute("f", f).addAttribute("outcomes", OutcomePages.outcomeOptions(f));
        model.addAttribute("directions", Option.of(Direction.values()));
        model.addAttribute("measures", Option.of(Measure.values()));
        model.addAttribute("frequencies", Option.of(Frequency.values()));
        model.addAttribute("itemId", indicatorId).addAttribute("version", version);
        return "outcome/indicator";
    }
}
