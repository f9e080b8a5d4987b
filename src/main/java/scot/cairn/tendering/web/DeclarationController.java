package scot.cairn.tendering.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.tendering.ConflictRisk;
import scot.cairn.tendering.DeclarationDetails;
import scot.cairn.tendering.DeclarationService;
import scot.cairn.tendering.DeclarationView;
import scot.cairn.tendering.InterestKind;
import scot.cairn.tendering.Measure;
import scot.cairn.tendering.ReviewDetails;

/** Declarations of interests: one's own, everyone's for reviewers and the board, and the review of one. */
@Controller
class DeclarationController {

    static final String BASE = "/partnerships/{id}/declarations";
    private static final int SPARE_ROWS = 2;

    private final PartnershipService partnerships;
    private final DeclarationService declarations;

    DeclarationController(PartnershipService partnerships, DeclarationService declarations) {
        this.partnerships = partnerships;
        this.declarations = declarations;
    }

    /** One interest as typed; a row left blank is ignored. */
    record Row(InterestKind kind, Long organisationId, String description) {}

    /** A declaration as typed: nothing to declare, or its interests. */
    record DeclarationForm(Boolean nothingToDeclare, List<Row> interests) {

        DeclarationDetails details() {
            return new DeclarationDetails(
                    Boolean.TRUE.equals(nothingToDeclare),
                    interests == null
                            ? List.of()
                            : interests.stream()
                                    .map(r -> r == null
                                            ? null
                                            : new DeclarationDetails.InterestDetails(
                                                    r.kind(), r.organisationId(), r.description()))
                                    .toList());
        }

        /** The declared interests, then blank rows to add more. */
        DeclarationForm padded() {
            var rows = new ArrayList<>(interests == null ? List.<Row>of() : interests);
            Stream.generate(() -> new Row(null, null, null))
                    .limit(Math.max(SPARE_ROWS, 3 - rows.size()))
                    .forEach(rows::add);
            return new DeclarationForm(nothingToDeclare, rows);
        }

        static DeclarationForm of(DeclarationView d) {
            if (d == null) {
                return new DeclarationForm(false, List.of());
            }
            return new DeclarationForm(
                    d.nothingToDeclare(),
                    d.interests().stream()
                            .map(i -> new Row(i.kind(), i.organisationId(), i.description()))
                            .toList());
        }
    }

    /** A review as typed. */
    record ReviewForm(ConflictRisk risk, Set<Measure> measures, String note) {}

    @GetMapping(BASE)
    String page(@PathVariable long id, CurrentUser user, Model model) {
        var d = declarations.declarations(id, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DeclarationForm.of(d.mine()).padded());
        }
        var p = partnerships.get(id, user);
        model.addAttribute("p", p);
        model.addAttribute("d", d);
        model.addAttribute("kinds", Option.of(InterestKind.values()));
        model.addAttribute(
                "organisations",
                p.partners().stream()
                        .map(o -> new Option(String.valueOf(o.organisationId()), o.name()))
                        .toList());
        return "tendering/declarations";
    }

    @PostMapping(BASE)
    String declare(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") DeclarationForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> declarations.declare(id, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.declaration.saved"));
            return "redirect:/partnerships/" + id + "/declarations";
        }
        return page(id, user, model);
    }

    @GetMapping(BASE + "/{did}")
    String declaration(@PathVariable long id, @PathVariable long did, CurrentUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReviewForm(null, Set.of(), null));
        }
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("x", declarations.declaration(id, did, user));
        model.addAttribute("risks", Option.of(ConflictRisk.values()));
        model.addAttribute("measureOptions", Option.of(Measure.values()));
        return "tendering/declaration";
    }

    @PostMapping(BASE + "/{did}/review")
    String review(
            @PathVariable long id,
            @PathVariable long did,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") ReviewForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(
                result,
                () -> declarations.review(
                        id, did, version, new ReviewDetails(form.risk(), form.measures(), form.note()), user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.review.saved"));
            return "redirect:/partnerships/" + id + "/declarations/" + did;
        }
        return declaration(id, did, user, model);
    }
}
