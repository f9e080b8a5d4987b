package scot.cairn.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.identity.CurrentUser;

/** The decisions the board took in the period, and how many wait for its approval. */
@Component
class DecisionFacts implements Facts {

    private final DecisionService decisions;
    private final ReportWords words;

    DecisionFacts(DecisionService decisions, ReportWords words) {
        this.decisions = decisions;
        this.words = words;
    }

    @Override
    public ReportSection section() {
        return ReportSection.DECISIONS;
    }

    @Override
    public List<String> of(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var log = decisions.log(id, user);
        var lines = new ArrayList<String>();
        Facts.named(
                lines,
                log.stream()
                        .filter(d -> d.status() == DecisionStatus.APPROVED
                                && d.approvedAt() != null
                                && Facts.within(ReportWords.day(d.approvedAt()), from, to))
                        .map(d -> words.of(
                                "report.facts.decision",
                                d.reference(),
                                d.title(),
                                words.day(ReportWords.day(d.approvedAt()))))
                        .toList(),
                words);
        if (lines.isEmpty()) {
            lines.add(words.of("report.facts.noDecisions"));
        }
        long waiting =
                log.stream().filter(d -> d.status() == DecisionStatus.DRAFT).count();
        lines.add(words.of("report.facts.decisionsWaiting", waiting));
        return lines;
    }
}
