package scot.cairn.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.risk.RiskKind;
import scot.cairn.risk.RiskService;
import scot.cairn.risk.RiskStatus;
import scot.cairn.risk.RiskView;

/** The top open risks and issues by score, the issues raised in the period, and the board's list. */
@Component
class RiskFacts implements Facts {

    /** Open items named, highest score first. */
    static final int TOP = 5;

    private final RiskService risks;
    private final ReportWords words;

    RiskFacts(RiskService risks, ReportWords words) {
        this.risks = risks;
        this.words = words;
    }

    @Override
    public ReportSection section() {
        return ReportSection.RISKS;
    }

    @Override
    public List<String> of(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var register = risks.register(id, user);
        var open = register.risks().stream()
                .filter(r -> r.status() == RiskStatus.OPEN)
                .sorted(Comparator.comparingInt(RiskView::score).reversed().thenComparing(RiskView::number))
                .toList();
        var lines = new ArrayList<String>();
        lines.add(words.of(
                "report.facts.openRisks", open.size(), register.forBoard().size()));
        open.stream()
                .limit(TOP)
                .forEach(r -> lines.add(words.of(
                        "report.facts.risk",
                        r.reference(),
                        r.title(),
                        r.score(),
                        words.label(r.band()),
                        words.label(r.kind()))));
        register.risks().stream()
                .filter(r -> r.kind() == RiskKind.ISSUE && Facts.within(ReportWords.day(r.raisedAt()), from, to))
                .forEach(r -> lines.add(words.of("report.facts.newIssue", r.reference(), r.title())));
        return lines;
    }
}
