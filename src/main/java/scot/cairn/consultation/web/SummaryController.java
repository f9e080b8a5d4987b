package scot.cairn.consultation.web;

import java.util.HashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.consultation.SummaryService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;

/** Publishing a closed consultation's summary, and hiding free-text answers from it beforehand. */
@Controller
class SummaryController {

    private static final String BASE = "/partnerships/{id}/consultations/{cid}";

    private final SummaryService summaries;
    private final ConsultationController consultations;

    SummaryController(SummaryService summaries, ConsultationController consultations) {
        this.summaries = summaries;
        this.consultations = consultations;
    }

    @PostMapping(BASE + "/summary/{step:publish|withdraw}")
    String step(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable String step,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "summary");
        if (Forms.submit(result, () -> {
            if ("publish".equals(step)) {
                summaries.publish(id, cid, user);
            } else {
                summaries.withdraw(id, cid, user);
            }
        })) {
            redirect.addFlashAttribute("done", Message.of("consultation.summary." + step + "Done"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "#summary";
        }
        model.addAttribute("problems", Problem.of("summary-" + step, result));
        return consultations.show(id, cid, user, model);
    }

    @PostMapping(BASE + "/themes/answers/{responseId}/hidden")
    String hide(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long responseId,
            @RequestParam int question,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "false") boolean hidden,
            CurrentUser user,
            RedirectAttributes redirect) {
        summaries.hide(id, cid, responseId, question, hidden, user);
        redirect.addFlashAttribute(
                "done", Message.of(hidden ? "consultation.summary.hidden" : "consultation.summary.shown"));
        return "redirect:/partnerships/" + id + "/consultations/" + cid + "/themes/answers?question=" + question
                + "&page=" + page + "#answer-" + responseId;
    }
}
