package scot.cairn.tendering.web;

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
import scot.cairn.tendering.LotDetails;
import scot.cairn.tendering.LotService;
import scot.cairn.tendering.QuestionCriterion;
import scot.cairn.tendering.QuestionDetails;
import scot.cairn.tendering.QuestionService;
import scot.cairn.tendering.QuestionsView;
import scot.cairn.tendering.TenderDetails;
import scot.cairn.tendering.TenderProcedure;
import scot.cairn.tendering.TenderPublication;
import scot.cairn.tendering.TenderService;
import scot.cairn.tendering.TenderView;

/** A tender's page with its questions, and drawing or changing a tender or a question. */
@Controller
class TendersController {

    private static final String BASE = "/partnerships/{id}/tenders";

    private final PartnershipService partnerships;
    private final TenderService tenders;
    private final QuestionService questions;
    private final LotService lots;
    private final TenderPublication publication;
    private final scot.cairn.tendering.OpeningService opening;
    private final scot.cairn.tendering.ContractService contracts;

    TendersController(
            PartnershipService partnerships,
            TenderService tenders,
            QuestionService questions,
            LotService lots,
            TenderPublication publication,
            scot.cairn.tendering.OpeningService opening,
            scot.cairn.tendering.ContractService contracts) {
        this.opening = opening;
        this.contracts = contracts;
        this.partnerships = partnerships;
        this.tenders = tenders;
        this.questions = questions;
        this.lots = lots;
        this.publication = publication;
    }

    /** An open procedure, quality 60, price 30 and community benefits 10 until the writer says otherwise. */
    private static TenderDetails fresh() {
        return new TenderDetails(null, TenderProcedure.OPEN, null, 60, 30, 10, null, null, null, null, null, null);
    }

    @GetMapping(BASE + "/new")
    String drawForm(@PathVariable long id, CurrentUser user, Model model) {
        tenders.requireWriter(id, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", fresh());
        }
        return form(id, null, user, model);
    }

    @PostMapping(BASE + "/new")
    String draw(
            @PathVariable long id,
            @ModelAttribute("form") TenderDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var made = new TenderView[1];
        if (Forms.submit(result, () -> made[0] = tenders.draw(id, form, user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.tender.drawn", made[0].reference()));
            return "redirect:/partnerships/" + id + "/tenders/" + made[0].id();
        }
        return form(id, null, user, model);
    }

    @GetMapping(BASE + "/{tid}")
    String tender(@PathVariable long id, @PathVariable long tid, CurrentUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new QuestionDetails(null, null, null, null));
        }
        if (!model.containsAttribute("lotForm")) {
            model.addAttribute("lotForm", new LotDetails(null, null, null));
        }
        model.addAttribute("p", partnerships.get(id, user));
        var t = tenders.tender(id, tid, user);
        model.addAttribute("t", t);
        model.addAttribute("q", questions.questions(id, tid, user));
        var published = t.status() == scot.cairn.tendering.TenderStatus.PUBLISHED;
        model.addAttribute("opening", published ? opening.opening(id, tid, user) : null);
        // What became of it: each approved award and whether its contract is concluded.
        model.addAttribute(
                "awarded", published ? contracts.contracts(id, tid, user).awards() : java.util.List.of());
        model.addAttribute("criteria", Option.of(QuestionCriterion.values()));
        return "tendering/tender-view";
    }

    @PostMapping(BASE + "/{tid}/questions")
    String ask(
            @PathVariable long id,
            @PathVariable long tid,
            @ModelAttribute("form") QuestionDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var asked = new QuestionsView.QuestionView[1];
        if (Forms.submit(result, () -> asked[0] = questions.ask(id, tid, form, user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.question.added", asked[0].reference()));
            return "redirect:/partnerships/" + id + "/tenders/" + tid + "#questions";
        }
        return tender(id, tid, user, model);
    }

    @PostMapping(BASE + "/{tid}/lots")
    String addLot(
            @PathVariable long id,
            @PathVariable long tid,
            @ModelAttribute("lotForm") LotDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var added = new TenderView.LotView[1];
        if (Forms.submit(result, () -> added[0] = lots.add(id, tid, form, user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.lot.added", added[0].number()));
            return "redirect:/partnerships/" + id + "/tenders/" + tid + "#lots";
        }
        model.addAttribute("form", new QuestionDetails(null, null, null, null));
        return tender(id, tid, user, model);
    }

    @PostMapping(BASE + "/{tid}/lots/{lotId}/remove")
    String removeLot(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long lotId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            RedirectAttributes redirect) {
        lots.remove(id, tid, lotId, version, user);
        redirect.addFlashAttribute("done", Message.of("tendering.lot.removed"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "#lots";
    }

    @PostMapping(BASE + "/{tid}/publication")
    String propose(
            @PathVariable long id,
            @PathVariable long tid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            publication.propose(id, tid, version, user);
        } catch (scot.cairn.platform.InvalidInputException e) {
            model.addAttribute("problems", java.util.List.copyOf(e.fieldErrors().values()));
            return tender(id, tid, user, model);
        }
        redirect.addFlashAttribute("done", Message.of("tendering.publish.proposed"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid;
    }

    @PostMapping(BASE + "/{tid}/publication/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long tid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            RedirectAttributes redirect) {
        publication.withdraw(id, tid, version, user);
        redirect.addFlashAttribute("done", Message.of("tendering.publish.withdrawn"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid;
    }

    @GetMapping(BASE + "/{tid}/questions/{qid}")
    String question(
            @PathVariable long id, @PathVariable long tid, @PathVariable long qid, CurrentUser user, Model model) {
        var x = questions.question(id, tid, qid, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", x.question());
        }
        model.addAttribute("version", x.version());
        return questionPage(id, tid, x, user, model);
    }

    @PostMapping(BASE + "/{tid}/questions/{qid}")
    String changeQuestion(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long qid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") QuestionDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> questions.change(id, tid, qid, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.question.saved"));
            return "redirect:/partnerships/" + id + "/tenders/" + tid + "#questions";
        }
        model.addAttribute("version", version);
        return questionPage(id, tid, questions.question(id, tid, qid, user), user, model);
    }

    @PostMapping(BASE + "/{tid}/questions/{qid}/remove")
    String removeQuestion(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long qid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            RedirectAttributes redirect) {
        questions.remove(id, tid, qid, version, user);
        redirect.addFlashAttribute("done", Message.of("tendering.question.removed"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "#questions";
    }

    private String questionPage(long id, long tid, QuestionsView.QuestionView x, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", tenders.tender(id, tid, user));
        model.addAttribute("x", x);
        model.addAttribute("criteria", Option.of(QuestionCriterion.values()));
        return "tendering/question";
    }

    @GetMapping(BASE + "/{tid}/edit")
    String editForm(@PathVariable long id, @PathVariable long tid, CurrentUser user, Model model) {
        tenders.requireWriter(id, user);
        var t = tenders.tender(id, tid, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", t.tender());
        }
        model.addAttribute("version", t.version());
        return form(id, t, user, model);
    }

    @PostMapping(BASE + "/{tid}/edit")
    String change(
            @PathVariable long id,
            @PathVariable long tid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") TenderDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> tenders.change(id, tid, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.tender.saved"));
            return "redirect:/partnerships/" + id + "/tenders/" + tid;
        }
        // The page keeps the version the person read, so saving again after a refusal cannot overwrite a change.
        model.addAttribute("version", version);
        return form(id, tenders.tender(id, tid, user), user, model);
    }

    private String form(long id, TenderView t, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", t);
        model.addAttribute("procedures", Option.of(TenderProcedure.values()));
        return "tendering/tender-form";
    }
}
