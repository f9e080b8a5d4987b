package scot.cairn.outcome.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.ResultsService;

/** An indicator's page: target and actual over time as a chart and a table, RAG status, corrections. */
@Controller
class ResultsController {

    private final ResultsService results;

    ResultsController(ResultsService results) {
        this.results = results;
    }

    @GetMapping("/partnerships/{id}/outcomes/indicators/{indicatorId}/results")
    String results(@PathVariable long id, @PathVariable long indicatorId, CurrentUser user, Model model) {
        model.addAttribute("r", results.results(id, indicatorId, user));
        return "outcome/results";
    }
}
