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
        var each = new ArrayList<String>();
        for (var o : view.outcomes()) {
            each.add(words.of(o.achieved() ? "report.facts.outcomeAchieved" : "report.facts.outcomeNotYet", o.name()));
            o.indicators().forEach(i -> each.add(words.of("report.facts.indicator", i.name(), words.label(i.rag()))));
        }
        // Each outcome and indicator a line, up to four times the usual count: a framework may hold 500 indicators.
        int shown = 4 * Facts.NAMED;
        each.stream().limit(shown).forEach(lines::add);
        if (each.size() > shown) {
            lines.add(words.of("report.facts.andMore", each.size() - shown));
        }
        return lines;
    }
}
