package scot.cairn.outcome.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.Period;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;

/**
 * The measurement grid: one period's value for every indicator, entered on one plain form. Without a period, or with
 * one that cannot be read, it shows the current quarter.
 */
@Controller
class MeasurementsController {

    private final MeasurementService measurements;
    private final Clock clock;

    MeasurementsController(MeasurementService measurements, Clock clock) {
        this.measurements = measurements;
        this.clock = clock;
    }

    @GetMapping("/partnerships/{id}/outcomes/measurements")
    String grid(@PathVariable long id, @RequestParam(required = false) String period, CurrentUser user, Model model) {
        var problems = new java.util.ArrayList<Problem>();
        var p = Period.parse(period).orElseGet(() -> {
            if (period != null) {
                problems.add(new Problem("period", Period.HOW));
            }
            return Period.quarterOf(LocalDate.now(clock));
        });
        model.addAttribute("problems", problems).addAttribute("typed", Map.of());
        return page(measurements.grid(id, p, user), model);
    }

    @PostMapping("/partnerships/{id}/outcomes/measurements")
    String save(
            @PathVariable long id,
            @RequestParam String period,
            @RequestParam Map<String, String> params,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var p = Period.parse(period).orElseThrow(() -> new scot.cairn.platform.NotFoundException("Period"));
        var cells = new HashMap<Long, String>();
        params.forEach((k, v) -> {
            if (k.matches("value-\\d{1,18}")) {
                cells.put(Long.valueOf(k.substring(6)), v);
            }
        });
        var result = new MapBindingResult(new HashMap<>(params), "grid");
        var saved = new int[1];
        if (Forms.submit(result, () -> saved[0] = measurements.saveGrid(id, p, cells, user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.measurements.saved", saved[0], p.toString()));
            return "redirect:/partnerships/" + id + "/outcomes/measurements?period=" + p;
        }
        // Refusals of the whole grid (a closed partnership, a period not over) have no cell to point at.
        model.addAttribute(
                "problems",
                result.getAllErrors().stream()
                        .map(e -> new Problem(
                                e instanceof org.springframework.validation.FieldError f ? f.getField() : null, e))
                        .toList());
        model.addAttribute("typed", params);
        return page(measurements.grid(id, p, user), model);
    }

    private static String page(scot.cairn.outcome.MeasurementGrid grid, Model model) {
        model.addAttribute("g", grid);
        model.addAttribute("previous", grid.period().previous())
                .addAttribute("next", grid.period().next());
        return "outcome/measurements";
    }
}
