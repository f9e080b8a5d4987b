package scot.cairn.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.SustainabilityService;

/** Each outcome, whether approved measurements show it achieved, and each indicator's status from them. */
@Component
class OutcomeFacts implements Facts {

    private final SustainabilityService sustainability;
    private final ReportWords words;

    OutcomeFacts(SustainabilityService sustainability, ReportWords words) {
        this.sustainability = sustainability;
        this.words = words;
    }

    @Override
    public ReportSection section() {
        return ReportSection.OUTCOMES;
    }

    @Override
    public List<String> of(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var view = sustainability.view(id, user);
        var lines = new ArrayList<String>();
        if (view.outcomes().isEmpty()) {
            lines.add(words.of("report.facts.noOutcomes"));
            return lines;
        }
        lines.add(words.of(
                "report.facts.outcomesAchieved",
                view.outcomesAchieved(),
                view.outcomes().size()));
        for (var o : view.outcomes()) {
            lines.add(words.of(o.achieved() ? "report.facts.outcomeAchieved" : "report.facts.outcomeNotYet", o.name()));
            o.indicators().forEach(i -> lines.add(words.of("report.facts.indicator", i.name(), words.label(i.rag()))));
        }
        return lines;
    }
}
