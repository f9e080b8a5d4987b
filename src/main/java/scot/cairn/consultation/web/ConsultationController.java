package scot.cairn.consultation.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
import scot.cairn.consultation.ConsultationDetails;
import scot.cairn.consultation.ConsultationService;
import scot.cairn.consultation.ConsultationView;
import scot.cairn.consultation.Method;
import scot.cairn.consultation.QuestionDetails;
import scot.cairn.consultation.QuestionKind;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;

/** Consultations: the list, starting one, its page with its questions, changing it, opening and closing it. */
@Controller
class ConsultationController {

    static final String BASE = "/partnerships/{id}/consultations";

    private final PartnershipService partnerships;
    private final ConsultationService consultations;
    private final scot.cairn.consultation.ExpenseService expenses;

    private final scot.cairn.consultation.ConsultationFiles files;
    private final scot.cairn.consultation.SummaryService summaries;

    ConsultationController(
            PartnershipService partnerships,
            ConsultationService consultations,
            scot.cairn.consultation.ExpenseService expenses,
            scot.cairn.consultation.ConsultationFiles files,
            scot.cairn.consultation.SummaryService summaries) {
        this.partnerships = partnerships;
        this.consultations = consultations;
        this.expenses = expenses;
        this.files = files;
        this.summaries = summaries;
    }

    /** A consultation as typed. */
    record ConsultationForm(
            String title,
            String purpose,
            String audience,
            List<Method> methods,
            LocalDate opens,
            LocalDate closes,
            String support,
            Boolean anonymous) {

        static ConsultationForm of(ConsultationView c) {
            return new ConsultationForm(
                    c.title(),
                    c.purpose(),
                    c.audience(),
                    List.copyOf(c.methods()),
                    c.opens(),
                    c.closes(),
                    c.support(),
                    c.anonymous());
        }

        ConsultationDetails details() {
            return new ConsultationDetails(
                    title,
                    purpose,
                    audience,
                    methods == null ? java.util.Set.of() : new LinkedHashSet<>(methods),
                    opens,
                    closes,
                    support,
                    Boolean.TRUE.equals(anonymous));
        }
    }

    /** A question as typed. */
    record QuestionForm(QuestionKind kind, String text, String options, Boolean required) {

        QuestionDetails details() {
            return new QuestionDetails(kind, text, options, required);
        }
    }

    @GetMapping(BASE)
    String list(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("list", consultations.list(id, user));
        return "consultation/list";
    }

    @GetMapping(BASE + "/new")
    String newForm(@PathVariable long id, CurrentUser user, Model model) {
        consultations.checkMayEdit(id, user);
        model.addAttribute("form", new ConsultationForm(null, null, null, List.of(), null, null, null, false));
        return editPage(id, null, null, user, model);
    }

    @PostMapping(BASE)
    String create(
            @PathVariable long id,
            @ModelAttribute("form") ConsultationForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var made = new AtomicReference<ConsultationView>();
        if (Forms.submit(result, () -> made.set(consultations.create(id, form.details(), user)))) {
            redirect.addFlashAttribute(
                    "done", Message.of("consultation.created", made.get().title()));
            return "redirect:/partnerships/" + id + "/consultations/"
                    + made.get().id();
        }
        consultations.checkMayEdit(id, user);
        return editPage(id, null, null, user, model);
    }

    @GetMapping(BASE + "/{cid}")
    String show(@PathVariable long id, @PathVariable long cid, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        var c = consultations.get(id, cid, user);
        model.addAttribute("c", c);
        model.addAttribute("mayExpenses", expenses.mayRead(id, user));
        model.addAttribute(
                "linkUrl",
                c.link() == null
                        ? null
                        : org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                                .path(c.link())
                                .toUriString());
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", new QuestionForm(null, null, null, false));
        }
        model.addAttribute("kinds", Option.of(QuestionKind.values()));
        model.addAttribute("files", files.files(id, cid, user));
        model.addAttribute("summaryAt", summaries.publishedAt(c.id()).orElse(null));
        model.addAttribute("versionKinds", Option.of(scot.cairn.consultation.VersionKind.values()));
        scot.cairn.platform.web.Uploads.refusal(model)
                .ifPresent(refused -> model.addAttribute(
                        "problems", List.of(scot.cairn.platform.web.Problem.words("file", refused))));
        return "consultation/consultation";
    }

    @GetMapping(BASE + "/{cid}/edit")
    String edit(@PathVariable long id, @PathVariable long cid, CurrentUser user, Model model) {
        consultations.checkMayEdit(id, user);
        var c = consultations.get(id, cid, user);
        model.addAttribute("form", ConsultationForm.of(c));
        return editPage(id, c, c.version(), user, model);
    }

    @PostMapping(BASE + "/{cid}")
    String describe(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") ConsultationForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> consultations.describe(id, cid, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("consultation.saved"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid;
        }
        consultations.checkMayEdit(id, user);
        return editPage(id, consultations.get(id, cid, user), version, user, model);
    }

    @PostMapping(BASE + "/{cid}/questions")
    String addQuestion(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("questionForm") QuestionForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> consultations.addQuestion(id, cid, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("consultation.question.added"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "#add-question";
        }
        return show(id, cid, user, model);
    }

    @PostMapping(BASE + "/{cid}/questions/{number}/remove")
    String removeQuestion(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return step(
                id,
                cid,
                "remove-" + number,
                () -> consultations.removeQuestion(id, cid, version, number, user),
                Message.of("consultation.question.removed"),
                user,
                model,
                redirect);
    }

    @PostMapping(BASE + "/{cid}/open")
    String open(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return step(
                id,
                cid,
                "open",
                () -> consultations.open(id, cid, version, user),
                Message.of("consultation.opened"),
                user,
                model,
                redirect);
    }

    @PostMapping(BASE + "/{cid}/close")
    String close(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return step(
                id,
                cid,
                "close",
                () -> consultations.close(id, cid, version, user),
                Message.of("consultation.closedDone"),
                user,
                model,
                redirect);
    }

    private String step(
            long id,
            long cid,
            String control,
            Runnable action,
            Message done,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "step");
        if (Forms.submit(result, action)) {
            redirect.addFlashAttribute("done", done);
            return "redirect:/partnerships/" + id + "/consultations/" + cid;
        }
        model.addAttribute("problems", Problem.of(control, result));
        return show(id, cid, user, model);
    }

    private String editPage(long id, ConsultationView c, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("c", c);
        model.addAttribute("version", version);
        model.addAttribute("methodOptions", Option.of(Method.values()));
        return "consultation/edit";
    }
}
