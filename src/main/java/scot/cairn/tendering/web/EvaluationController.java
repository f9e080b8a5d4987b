package scot.cairn.tendering.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.tendering.EvaluationService;
import scot.cairn.tendering.TenderService;

/** The evaluation pages: the officers' matrix and appointments, and one question bid by bid for scoring or moderating. */
@Controller
class EvaluationController {

    private static final String BASE = "/partnerships/{id}/tenders/{tid}/evaluation";

    private final PartnershipService partnerships;
    private final TenderService tenders;
    private final EvaluationService evaluation;
    private final scot.cairn.tendering.AwardService awards;

    EvaluationController(
            PartnershipService partnerships,
            TenderService tenders,
            EvaluationService evaluation,
            scot.cairn.tendering.AwardService awards) {
        this.partnerships = partnerships;
        this.tenders = tenders;
        this.evaluation = evaluation;
        this.awards = awards;
    }

    @PostMapping(BASE + "/awards")
    String propose(
            @PathVariable long id,
            @PathVariable long tid,
            @RequestParam(required = false) Integer lot,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            awards.propose(id, tid, lot, user);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", new LinkedHashMap<>(e.fieldErrors()));
            return evaluation(id, tid, user, model);
        }
        redirect.addFlashAttribute("done", Message.of("tendering.award.proposed"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "/evaluation#awards";
    }

    @PostMapping(BASE + "/awards/{awardId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long awardId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            awards.withdraw(id, tid, awardId, version, user);
        } catch (ConcurrentChangeException e) {
            model.addAttribute("problems", Map.of("", e.reason()));
            return evaluation(id, tid, user, model);
        }
        redirect.addFlashAttribute("done", Message.of("tendering.award.withdrawnDone"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "/evaluation#awards";
    }

    @GetMapping(BASE)
    String evaluation(@PathVariable long id, @PathVariable long tid, CurrentUser user, Model model) {
        var e = evaluation.evaluation(id, tid, user);
        var p = partnerships.get(id, user);
        model.addAttribute("p", p);
        model.addAttribute("t", tenders.tender(id, tid, user));
        model.addAttribute("e", e);
        model.addAttribute("awards", e.officer() && e.opened() ? awards.awards(id, tid, user) : java.util.List.of());
        model.addAttribute(
                "members",
                p.members().stream()
                        .filter(m -> m.role() == MemberRole.MANAGER || m.role() == MemberRole.MEMBER)
                        .toList());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "tendering/evaluation";
    }

    @PostMapping(BASE + "/evaluators")
    String appoint(
            @PathVariable long id,
            @PathVariable long tid,
            @RequestParam(required = false) Long questionId,
            @RequestParam(required = false) Long personId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            evaluation.appoint(id, tid, questionId == null ? -1 : questionId, personId, user);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", new LinkedHashMap<>(e.fieldErrors()));
            return evaluation(id, tid, user, model);
        }
        redirect.addFlashAttribute("done", Message.of("tendering.evaluator.appointed"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "/evaluation";
    }

    @GetMapping(BASE + "/questions/{qid}")
    String question(
            @PathVariable long id, @PathVariable long tid, @PathVariable long qid, CurrentUser user, Model model) {
        model.addAttribute("s", evaluation.question(id, tid, qid, user));
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", tenders.tender(id, tid, user));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return "tendering/scoring";
    }

    @PostMapping(BASE + "/questions/{qid}/bids/{bid}/score")
    String score(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long qid,
            @PathVariable long bid,
            @RequestParam Map<String, String> form,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return save(id, tid, qid, bid, form, user, model, redirect, false);
    }

    @PostMapping(BASE + "/questions/{qid}/bids/{bid}/moderation")
    String moderate(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long qid,
            @PathVariable long bid,
            @RequestParam Map<String, String> form,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return save(id, tid, qid, bid, form, user, model, redirect, true);
    }

    /**
     * A score or a moderated score from one bid's form; its errors are named by field and bid (score-12, or
     * moderated-12 for the moderated score, whose form may stand beside the score's).
     */
    private String save(
            long id,
            long tid,
            long qid,
            long bid,
            Map<String, String> form,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            boolean moderating) {
        var version = whole(form.get("version"));
        var score = whole(form.get("score"));
        try {
            if (moderating) {
                evaluation.moderate(id, tid, qid, bid, version, score, form.get("reason"), user);
            } else {
                evaluation.score(id, tid, qid, bid, version, score, form.get("justification"), user);
            }
        } catch (InvalidInputException e) {
            var problems = new LinkedHashMap<String, Message>();
            e.fieldErrors()
                    .forEach((field, message) -> problems.put(
                            (moderating && field.equals("score") ? "moderated" : field) + "-" + bid, message));
            return again(id, tid, qid, bid, form, problems, user, model);
        } catch (ConcurrentChangeException e) {
            return again(
                    id,
                    tid,
                    qid,
                    bid,
                    form,
                    Map.of((moderating ? "moderated-" : "score-") + bid, e.reason()),
                    user,
                    model);
        }
        redirect.addFlashAttribute(
                "done", Message.of(moderating ? "tendering.moderation.saved" : "tendering.score.saved"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "/evaluation/questions/" + qid + "#bid-" + bid;
    }

    private String again(
            long id,
            long tid,
            long qid,
            long bid,
            Map<String, String> form,
            Map<String, Message> problems,
            CurrentUser user,
            Model model) {
        model.addAttribute("problems", problems);
        model.addAttribute("typed", form);
        model.addAttribute("typedFor", bid);
        return question(id, tid, qid, user, model);
    }

    private static Integer whole(String text) {
        return text == null || !text.strip().matches("\\d{1,9}") ? null : Integer.valueOf(text.strip());
    }
}
