package scot.cairn.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.sroi.SroiService;
import scot.cairn.sroi.SroiSummary;

/**
 * Each SROI analysis (social return on investment) with its ratio, and how the ratio changed from the analysis of the
 * same kind before it.
 */
@Component
class SroiFacts implements Facts {

    private final SroiService sroi;
    private final ReportWords words;

    SroiFacts(SroiService sroi, ReportWords words) {
        this.sroi = sroi;
        this.words = words;
    }

    @Override
    public ReportSection section() {
        return ReportSection.SROI;
    }

    @Override
    public List<String> of(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var analyses = sroi.analyses(id, user).stream()
                .sorted(Comparator.comparing(SroiSummary::periodTo).thenComparing(SroiSummary::id))
                .toList();
        var lines = new ArrayList<String>();
        if (analyses.isEmpty()) {
            lines.add(words.of("report.facts.noSroi"));
            return lines;
        }
        // The latest analyses, each compared with the one before it of the same kind.
        for (int i = Math.max(0, analyses.size() - Facts.NAMED); i < analyses.size(); i++) {
            var a = analyses.get(i);
            var line = a.ratio() == null
                    ? words.of("report.facts.sroiNoRatio", a.title(), words.label(a.kind()), words.label(a.status()))
                    : words.of(
                            "report.facts.sroi", a.title(), words.label(a.kind()), words.label(a.status()), ratio(a));
            var before = previous(analyses, i);
            if (before != null && a.ratio() != null) {
                line += " " + words.of("report.facts.sroiChange", ratio(before), before.title());
            }
            lines.add(line);
        }
        return lines;
    }

    /** The analysis of the same kind before the {@code i}th, with a ratio; null when there is none. */
    private static SroiSummary previous(List<SroiSummary> analyses, int i) {
        for (int j = i - 1; j >= 0; j--) {
            var b = analyses.get(j);
            if (b.kind() == analyses.get(i).kind() && b.ratio() != null) {
                return b;
            }
        }
        return null;
    }

    private static String ratio(SroiSummary a) {
        return a.ratio().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
