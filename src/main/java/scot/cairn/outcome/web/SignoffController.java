package scot.cairn.outcome.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffService;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;

/** The buttons under the measurement grid that submit a period for approval and approve it. */
@Controller
class SignoffController {

    private final SignoffService signoffs;
    private final MeasurementService measurements;

    SignoffController(SignoffService signoffs, MeasurementService measurements) {
        this.signoffs = signoffs;
        this.measurements = measurements;
    }

    @PostMapping("/partnerships/{id}/outcomes/measurements/submit")
    String submit(
            @PathVariable long id,
            @RequestParam String period,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var p = parse(period);
        return act(
                id,
                p,
                () -> signoffs.submit(id, p, user),
                Message.of("outcome.signoff.submitted", p.toString()),
                user,
                model,
                redirect);
    }

    @PostMapping("/partnerships/{id}/outcomes/measurements/approve")
    String approve(
            @PathVariable long id,
            @RequestParam String period,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var p = parse(period);
        return act(
                id,
                p,
                () -> signoffs.approve(id, p, version, user),
                Message.of("outcome.signoff.approvedByYou", p.toString()),
                user,
                model,
                redirect);
    }

    private String act(
            long id,
            Period p,
            Runnable action,
            Message done,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "signoff");
        if (Forms.submit(result, action)) {
            redirect.addFlashAttribute("done", done);
            return "redirect:/partnerships/" + id + "/outcomes/measurements?period=" + p;
        }
        model.addAttribute("problems", Problem.of("signoff", result));
        model.addAttribute("typed", Map.of()).addAttribute("g", measurements.grid(id, p, user));
        model.addAttribute("previous", p.previous()).addAttribute("next", p.next());
        return "outcome/measurements";
    }

    private static Period parse(String period) {
        return Period.parse(period).orElseThrow(() -> new NotFoundException("Period"));
    }
}
