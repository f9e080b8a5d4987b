package scot.cairn.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.CostFigures;
import scot.cairn.outcome.SustainabilityService;

/** The evidence that the service can last: budget, people served, costs per participant and per outcome. */
@Component
class SustainabilityFacts implements Facts {

    private final SustainabilityService sustainability;
    private final ReportWords words;

    SustainabilityFacts(SustainabilityService sustainability, ReportWords words) {
        this.sustainability = sustainability;
        this.words = words;
    }

    @Override
    public ReportSection section() {
        return ReportSection.SUSTAINABILITY;
    }

    @Override
    public List<String> of(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var view = sustainability.view(id, user);
        var lines = new ArrayList<String>();
        if (view.pilotBudget() == null && view.participants() == null) {
            lines.add(words.of("report.facts.noSustainability"));
            return lines;
        }
        if (view.budgetDisplay() != null) {
            lines.add(words.of("report.facts.budget", view.budgetDisplay()));
        }
        if (view.participants() != null) {
            lines.add(words.of("report.facts.participants", view.participants()));
        }
        lines.add(cost("report.facts.costPerParticipant", view.costPerParticipant()));
        lines.add(cost("report.facts.costPerOutcome", view.costPerOutcome()));
        view.metrics().forEach(m -> lines.add(words.of("report.facts.metric", m.name(), m.display())));
        return lines;
    }

    private String cost(String key, CostFigures.Cost cost) {
        return words.of(key, cost.computed() ? cost.display() : words.of("report.facts.notWorkedOut"));
    }
}
