package scot.cairn.sroi.web;

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
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.Option;
import scot.cairn.sroi.ImpactMapService;
import scot.cairn.sroi.SroiAnalysisView;
import scot.cairn.sroi.SroiService;
import scot.cairn.sroi.web.SroiForms.InputForm;
import scot.cairn.sroi.web.SroiForms.RowForm;

/** Adding, changing and removing an analysis's inputs and impact-map rows, one per form. */
@Controller
class ImpactMapController {

    private static final String ANALYSIS = "/partnerships/{id}/sroi/{analysisId}";

    private final SroiService sroi;
    private final ImpactMapService map;
    private final PartnershipScope scope;

    ImpactMapController(SroiService sroi, ImpactMapService map, PartnershipScope scope) {
        this.scope = scope;
        this.sroi = sroi;
        this.map = map;
    }

    @GetMapping(ANALYSIS + "/inputs/new")
    String newInput(@PathVariable long id, @PathVariable long analysisId, CurrentUser user, Model model) {
        model.addAttribute("form", new InputForm(null, null, null, null));
        return inputPage(editable(id, analysisId, user), null, null, model);
    }

    @PostMapping(ANALYSIS + "/inputs/new")
    String addInput(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") InputForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (SroiPages.submit(result, () -> map.addInput(id, analysisId, version, form.details(), user))) {
            return done(id, analysisId, Message.of("sroi.input.added"), redirect);
        }
        return inputPage(editable(id, analysisId, user), null, version, model);
    }

    @GetMapping(ANALYSIS + "/inputs/{number}")
    String editInput(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            CurrentUser user,
            Model model) {
        var a = editable(id, analysisId, user);
        if (number < 1 || number > a.inputs().size()) {
            throw new NotFoundException("Input " + number);
        }
        model.addAttribute("form", InputForm.of(a.inputs().get(number - 1).details()));
        return inputPage(a, number, a.version(), model);
    }

    @PostMapping(ANALYSIS + "/inputs/{number}")
    String changeInput(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") InputForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (SroiPages.submit(result, () -> map.changeInput(id, analysisId, number, version, form.details(), user))) {
            return done(id, analysisId, Message.of("sroi.input.saved", number), redirect);
        }
        return inputPage(editable(id, analysisId, user), number, version, model);
    }

    @PostMapping(ANALYSIS + "/inputs/{number}/remove")
    String removeInput(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            RedirectAttributes redirect) {
        return remove(
                id,
                analysisId,
                "remove-input-" + number,
                Message.of("sroi.input.removed", number),
                redirect,
                () -> map.removeInput(id, analysisId, number, version, user));
    }

    @GetMapping(ANALYSIS + "/rows/new")
    String newRow(@PathVariable long id, @PathVariable long analysisId, CurrentUser user, Model model) {
        model.addAttribute("form", RowForm.empty());
        return rowPage(id, editable(id, analysisId, user), null, null, user, model);
    }

    @PostMapping(ANALYSIS + "/rows/new")
    String addRow(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") RowForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (SroiPages.submit(
                result,
                () -> map.addRow(id, analysisId, version, form.details(), user),
                () -> map.checkRow(id, analysisId, null, form.details(), user))) {
            return done(id, analysisId, Message.of("sroi.row.added"), redirect);
        }
        return rowPage(id, editable(id, analysisId, user), null, version, user, model);
    }

    @GetMapping(ANALYSIS + "/rows/{number}")
    String editRow(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            CurrentUser user,
            Model model) {
        var a = editable(id, analysisId, user);
        if (number < 1 || number > a.rows().size()) {
            throw new NotFoundException("Row " + number);
        }
        model.addAttribute("form", RowForm.of(a.rows().get(number - 1).details()));
        return rowPage(id, a, number, a.version(), user, model);
    }

    @PostMapping(ANALYSIS + "/rows/{number}")
    String changeRow(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") RowForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (SroiPages.submit(
                result,
                () -> map.changeRow(id, analysisId, number, version, form.details(), user),
                () -> map.checkRow(id, analysisId, number, form.details(), user))) {
            return done(id, analysisId, Message.of("sroi.row.saved", number), redirect);
        }
        return rowPage(id, editable(id, analysisId, user), number, version, user, model);
    }

    @PostMapping(ANALYSIS + "/rows/{number}/remove")
    String removeRow(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            RedirectAttributes redirect) {
        return remove(
                id,
                analysisId,
                "remove-row-" + number,
                Message.of("sroi.row.removed", number),
                redirect,
                () -> map.removeRow(id, analysisId, number, version, user));
    }

    /** A remove button: done, or its refusal shown on the analysis page (after the redirect) linked to the button. */
    private static String remove(
            long id, long analysisId, String control, Message message, RedirectAttributes redirect, Runnable action) {
        var model = new org.springframework.ui.ExtendedModelMap();
        if (SroiPages.button(control, action, model)) {
            return done(id, analysisId, message, redirect);
        }
        redirect.addFlashAttribute("problems", model.getAttribute("problems"));
        return "redirect:" + SroiPages.base(id) + "/" + analysisId;
    }

    private SroiAnalysisView editable(long id, long analysisId, CurrentUser user) {
        return SroiPages.editable(scope, user, sroi.analysis(id, analysisId, user));
    }

    private static String done(long id, long analysisId, Message message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", message);
        return "redirect:" + SroiPages.base(id) + "/" + analysisId;
    }

    private String inputPage(SroiAnalysisView a, Integer number, Integer version, Model model) {
        model.addAttribute("a", a).addAttribute("number", number).addAttribute("version", version);
        return "sroi/input";
    }

    private String rowPage(
            long id, SroiAnalysisView a, Integer number, Integer version, CurrentUser user, Model model) {
        model.addAttribute("a", a).addAttribute("number", number).addAttribute("version", version);
        model.addAttribute(
                "indicators",
                sroi.indicators(id, user).stream()
                        .map(i -> new Option(
                                String.valueOf(i.id()), Message.of("sroi.row.indicatorOption", i.name(), i.unit())))
                        .toList());
        SroiPages.options(model);
        return "sroi/row";
    }
}
