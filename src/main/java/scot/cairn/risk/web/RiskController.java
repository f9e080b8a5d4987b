package scot.cairn.risk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.governance.DecisionService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.risk.ActionDetails;
import scot.cairn.risk.Proximity;
import scot.cairn.risk.ReviewDetails;
import scot.cairn.risk.RiskCategory;
import scot.cairn.risk.RiskDetails;
import scot.cairn.risk.RiskDownloads;
import scot.cairn.risk.RiskKind;
import scot.cairn.risk.RiskResponse;
import scot.cairn.risk.RiskService;
import scot.cairn.risk.RiskStatus;
import scot.cairn.risk.RiskView;

/** The register with its heat map, one item with its reviews, and the forms to raise, change and review items. */
@Controller
class RiskController {

    private final PartnershipService partnerships;
    private final RiskService risks;
    private final DecisionService decisions;
    private final RiskDownloads downloads;

    RiskController(
            PartnershipService partnerships, RiskService risks, DecisionService decisions, RiskDownloads downloads) {
        this.partnerships = partnerships;
        this.risks = risks;
        this.decisions = decisions;
        this.downloads = downloads;
    }

    /** An item as typed. */
    record RiskForm(
            RiskKind kind,
            String title,
            String description,
            RiskCategory category,
            Long ownerId,
            Integer likelihood,
            Integer impact,
            Proximity proximity,
            RiskResponse response,
            Integer residualLikelihood,
            Integer residualImpact,
            Boolean escalate,
            LocalDate nextReview,
            RiskStatus status) {

        static RiskForm of(RiskView r) {
            return new RiskForm(
                    r.kind(),
                    r.title(),
                    r.description(),
                    r.category(),
                    r.ownerId(),
                    r.likelihood(),
                    r.impact(),
                    r.proximity(),
                    r.response(),
                    r.residualLikelihood(),
                    r.residualImpact(),
                    r.escalate(),
                    r.nextReview(),
                    r.status());
        }

        RiskDetails details() {
            return new RiskDetails(
                    kind,
                    title,
                    description,
                    category,
                    ownerId,
                    likelihood,
                    impact,
                    proximity,
                    response,
                    residualLikelihood,
                    residualImpact,
                    Boolean.TRUE.equals(escalate),
                    nextReview,
                    status);
        }
    }

    @GetMapping("/partnerships/{id}/risks")
    String register(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("register", risks.register(id, user));
        var tolerance = risks.tolerance(id, user);
        model.addAttribute("tolerance", tolerance);
        if (!model.containsAttribute("toleranceForm")) {
            model.addAttribute("toleranceForm", new ToleranceForm(Integer.toString(tolerance.tolerance())));
        }
        return "risk/register";
    }

    /** The board's tolerance as typed; what is not a whole number is passed on as 0, which the service refuses. */
    record ToleranceForm(String tolerance) {

        Integer value() {
            try {
                return tolerance == null || tolerance.isBlank() ? null : Integer.valueOf(tolerance.strip());
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }
    }

    @PostMapping("/partnerships/{id}/risks/tolerance")
    String setTolerance(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("toleranceForm") ToleranceForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> risks.setTolerance(id, version, form.value(), user))) {
            redirect.addFlashAttribute("done", Message.of("risk.tolerance.saved", form.value()));
            return "redirect:/partnerships/" + id + "/risks";
        }
        model.addAttribute("formVersion", version);
        return register(id, user, model);
    }

    @GetMapping("/partnerships/{id}/risks/new")
    String newForm(@PathVariable long id, CurrentUser user, Model model) {
        risks.checkMayEdit(id, user);
        model.addAttribute(
                "form",
                new RiskForm(
                        RiskKind.RISK,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        RiskStatus.OPEN));
        return formPage(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/risks")
    String raise(
            @PathVariable long id,
            @ModelAttribute("form") RiskForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new RiskView[1];
        if (Forms.submit(result, () -> saved[0] = risks.raise(id, form.details(), user))) {
            return done(id, saved[0], Message.of("risk.edit.raised", saved[0].reference()), redirect);
        }
        risks.checkMayEdit(id, user);
        return formPage(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/risks/{riskId}")
    String risk(@PathVariable long id, @PathVariable long riskId, CurrentUser user, Model model) {
        var r = risks.risk(id, riskId, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("r", r);
        model.addAttribute("mayEdit", risks.mayEdit(id, user));
        model.addAttribute("decisions", decisions.aboutRisk(id, r.number(), user));
        model.addAttribute("mayDecide", decisions.mayPropose(id, user));
        if (!model.containsAttribute("review")) {
            model.addAttribute(
                    "review",
                    new ReviewDetails(
                            null, r.likelihood(), r.impact(), r.residualLikelihood(), r.residualImpact(), null, null));
        }
        if (!model.containsAttribute("action")) {
            model.addAttribute("action", new ActionDetails(null, null, null));
        }
        model.addAttribute(
                "owners",
                risks.owners(id, user).stream()
                        .map(m -> new Option(Long.toString(m.personId()), m.fullName()))
                        .toList());
        model.addAttribute("scores", scores());
        return "risk/risk";
    }

    @GetMapping("/partnerships/{id}/risks/register.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
        return downloads.pdf(id, user).response();
    }

    @GetMapping("/partnerships/{id}/risks/register.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, CurrentUser user) {
        return downloads.workbook(id, user).response();
    }

    /** The item a decision names by number. */
    @GetMapping("/partnerships/{id}/risks/number/{number}")
    String byNumber(@PathVariable long id, @PathVariable long number, CurrentUser user) {
        return "redirect:/partnerships/" + id + "/risks/" + risks.idOf(id, number, user);
    }

    @GetMapping("/partnerships/{id}/risks/{riskId}/edit")
    String editForm(@PathVariable long id, @PathVariable long riskId, CurrentUser user, Model model) {
        risks.checkMayEdit(id, user);
        var r = risks.risk(id, riskId, user);
        model.addAttribute("form", RiskForm.of(r));
        return formPage(id, r, r.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/risks/{riskId}/edit")
    String change(
            @PathVariable long id,
            @PathVariable long riskId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") RiskForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new RiskView[1];
        if (Forms.submit(result, () -> saved[0] = risks.change(id, riskId, version, form.details(), user))) {
            return done(id, saved[0], Message.of("risk.edit.saved", saved[0].reference()), redirect);
        }
        risks.checkMayEdit(id, user);
        return formPage(id, risks.risk(id, riskId, user), version, user, model);
    }

    @PostMapping("/partnerships/{id}/risks/{riskId}/reviews")
    String review(
            @PathVariable long id,
            @PathVariable long riskId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("review") ReviewDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new RiskView[1];
        if (Forms.submit(result, () -> saved[0] = risks.review(id, riskId, version, form, user))) {
            return done(id, saved[0], Message.of("risk.review.recorded", saved[0].reference()), redirect);
        }
        model.addAttribute("formVersion", version);
        return risk(id, riskId, user, model);
    }

    @PostMapping("/partnerships/{id}/risks/{riskId}/actions")
    String addAction(
            @PathVariable long id,
            @PathVariable long riskId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("action") ActionDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new RiskView[1];
        if (Forms.submit(result, () -> saved[0] = risks.addAction(id, riskId, version, form, user))) {
            return done(id, saved[0], Message.of("risk.action.added", saved[0].reference()), redirect);
        }
        model.addAttribute("formVersion", version);
        return risk(id, riskId, user, model);
    }

    @PostMapping("/partnerships/{id}/risks/{riskId}/actions/{number}/done")
    String completeAction(
            @PathVariable long id,
            @PathVariable long riskId,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new RiskView[1];
        var result = new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "action");
        if (Forms.submit(result, () -> saved[0] = risks.completeAction(id, riskId, number, version, user))) {
            return done(id, saved[0], Message.of("risk.action.doneSaved", number), redirect);
        }
        model.addAttribute("problems", scot.cairn.platform.web.Problem.of("done-" + number, result));
        return risk(id, riskId, user, model);
    }

    private static String done(long id, RiskView r, Message message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", message);
        return "redirect:/partnerships/" + id + "/risks/" + r.id();
    }

    /** The form; a refused change sends again the version it was read at, so a stale one stays refused. */
    private String formPage(long id, RiskView r, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("r", r).addAttribute("version", version);
        model.addAttribute("kinds", Option.of(RiskKind.values()));
        model.addAttribute("categories", Option.of(RiskCategory.values()));
        model.addAttribute("proximities", Option.of(Proximity.values()));
        model.addAttribute("responses", Option.of(RiskResponse.values()));
        model.addAttribute("statuses", Option.of(RiskStatus.values()));
        model.addAttribute("scores", scores());
        model.addAttribute(
                "owners",
                risks.owners(id, user).stream()
                        .map(m -> new Option(Long.toString(m.personId()), m.fullName()))
                        .toList());
        return "risk/edit";
    }

    /** Likelihood and impact choices, 1 to 5, each with its word. */
    private static List<Option> scores() {
        return IntStream.rangeClosed(1, 5)
                .mapToObj(n -> new Option(Integer.toString(n), Message.of("risk.scale." + n, n)))
                .toList();
    }
}
