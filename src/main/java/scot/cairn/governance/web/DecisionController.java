package scot.cairn.governance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionLockedException;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionView;
import scot.cairn.governance.DocumentLink;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** The decision log, one decision with its approvals, and the form to propose or change a draft. */
@Controller
class DecisionController {

    private final PartnershipService partnerships;
    private final DecisionService decisions;
    private final MessageSource messages;

    DecisionController(PartnershipService partnerships, DecisionService decisions, MessageSource messages) {
        this.partnerships = partnerships;
        this.decisions = decisions;
        this.messages = messages;
    }

    /**
     * Opening the form of a decision that can no longer change: the refusal page says why (approved on a day, or
     * withdrawn) rather than the general "someone else changed this", and leads back to the decision.
     */
    @ExceptionHandler(DecisionLockedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String locked(DecisionLockedException e, HttpServletRequest request, Model model) {
        model.addAttribute("message", messages.getMessage(e.reason(), LocaleContextHolder.getLocale()));
        model.addAttribute("back", request.getRequestURI().replaceFirst("/(edit|approve|withdraw)$", ""));
        return "error/refused";
    }

    /**
     * A decision as typed; the risk is its number in the register, with or without "R-" (R-3 or 3), and one that is not
     * a number is passed on as -1, which the service refuses.
     */
    record DecisionForm(
            String title,
            String context,
            String options,
            String decision,
            LocalDate decisionDate,
            Boolean joint,
            Stage gate,
            DocumentLink document,
            String riskId,
            Long supersedes) {

        static DecisionForm of(DecisionView d) {
            return new DecisionForm(
                    d.title(),
                    d.context(),
                    d.options(),
                    d.decision(),
                    d.decisionDate(),
                    d.joint(),
                    d.gate(),
                    d.document(),
                    d.riskId() == null ? null : d.riskId().toString(),
                    null);
        }

        DecisionDetails details() {
            return new DecisionDetails(title, context, options, decision, decisionDate, joint, gate, document, risk());
        }

        private Long risk() {
            if (riskId == null || riskId.isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(riskId.strip().replaceFirst("^[Rr]-", ""));
            } catch (NumberFormatException notANumber) {
                return -1L;
            }
        }
    }

    @GetMapping("/partnerships/{id}/governance/decisions")
    String log(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("decisions", decisions.log(id, user));
        model.addAttribute("mayPropose", decisions.mayPropose(id, user));
        return "governance/decisions";
    }

    @GetMapping("/partnerships/{id}/governance/decisions/new")
    String newForm(
            @PathVariable long id,
            @RequestParam(required = false) Long supersedes,
            @RequestParam(required = false) Long risk,
            CurrentUser user,
            Model model) {
        decisions.checkMayPropose(id, user);
        model.addAttribute(
                "form",
                new DecisionForm(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        risk == null ? null : risk.toString(),
                        supersedes));
        return formPage(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/decisions")
    String propose(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new DecisionView[1];
        if (Forms.submit(result, () -> saved[0] = decisions.propose(id, form.supersedes(), form.details(), user))) {
            return done(id, saved[0], Message.of("governance.decision.proposedDone", saved[0].reference()), redirect);
        }
        decisions.checkMayPropose(id, user);
        return formPage(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/governance/decisions/{decisionId}")
    String decision(@PathVariable long id, @PathVariable long decisionId, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("d", decisions.decision(id, decisionId, user));
        model.addAttribute("mayPropose", decisions.mayPropose(id, user));
        return "governance/decision";
    }

    @GetMapping("/partnerships/{id}/governance/decisions/{decisionId}/edit")
    String editForm(@PathVariable long id, @PathVariable long decisionId, CurrentUser user, Model model) {
        decisions.checkMayChange(id, decisionId, user);
        var d = decisions.decision(id, decisionId, user);
        model.addAttribute("form", DecisionForm.of(d));
        return formPage(id, d, d.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/governance/decisions/{decisionId}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long decisionId,
            @RequestParam(required = false) Integer version,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new DecisionView[1];
        if (Forms.submit(
                result,
                GovernancePages.specific(
                        () -> saved[0] = decisions.change(id, decisionId, version, form.details(), user)))) {
            return done(id, saved[0], Message.of("governance.decision.saved", saved[0].reference()), redirect);
        }
        decisions.checkMayPropose(id, user);
        return formPage(id, decisions.decision(id, decisionId, user), version, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/decisions/{decisionId}/approve")
    String approve(
            @PathVariable long id,
            @PathVariable long decisionId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new DecisionView[1];
        if (GovernancePages.row("approve", () -> saved[0] = decisions.approve(id, decisionId, version, user), model)) {
            var d = saved[0];
            return done(
                    id,
                    d,
                    d.draft()
                            ? Message.of("governance.decision.approvalRecorded", d.reference(), d.waitingFor())
                            : Message.of("governance.decision.approvedDone", d.reference()),
                    redirect);
        }
        return decision(id, decisionId, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/decisions/{decisionId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long decisionId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new DecisionView[1];
        if (GovernancePages.row(
                "withdraw", () -> saved[0] = decisions.withdraw(id, decisionId, version, user), model)) {
            return done(id, saved[0], Message.of("governance.decision.withdrawn", saved[0].reference()), redirect);
        }
        return decision(id, decisionId, user, model);
    }

    private static String done(long id, DecisionView d, Message message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", message);
        return "redirect:/partnerships/" + id + "/governance/decisions/" + d.id();
    }

    private String formPage(long id, DecisionView d, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("d", d).addAttribute("version", version);
        var supersedes = ((DecisionForm) model.getAttribute("form")).supersedes();
        model.addAttribute(
                "supersedes",
                supersedes == null
                        ? null
                        : decisions.log(id, user).stream()
                                .filter(x -> x.id() == supersedes)
                                .findFirst()
                                .orElse(null));
        model.addAttribute(
                "gates",
                Arrays.stream(Stage.values())
                        .filter(s -> s.next() != null)
                        .map(s -> new Option(
                                s.name(),
                                Message.of(
                                        "governance.gate.label",
                                        Message.of(s.labelKey()),
                                        Message.of(s.next().labelKey()))))
                        .toList());
        model.addAttribute("documents", Option.of(DocumentLink.values()));
        model.addAttribute(
                "jointChoices",
                List.of(
                        new Option("true", Message.of("governance.decisionEdit.jointYes")),
                        new Option("false", Message.of("governance.decisionEdit.jointNo"))));
        return "governance/decision-edit";
    }
}
