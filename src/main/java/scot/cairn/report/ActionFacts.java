package scot.cairn.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.meeting.ActionService;

/** The actions agreed at meetings that are past their due date and still open, most overdue first. */
@Component
class ActionFacts implements Facts {

    private final ActionService actions;
    private final ReportWords words;

    ActionFacts(ActionService actions, ReportWords words) {
        this.actions = actions;
        this.words = words;
    }

    @Override
    public ReportSection section() {
        return ReportSection.ACTIONS;
    }

    @Override
    public List<String> of(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var overdue = actions.overdue(id, user);
        var lines = new ArrayList<String>();
        lines.add(words.of("report.facts.overdueActions", overdue.size()));
        Facts.named(
                lines,
                overdue.stream()
                        .map(a -> words.of(
                                "report.facts.overdueAction",
                                a.reference(),
                                a.text(),
                                a.ownerName() == null ? words.of("report.formerMember") : a.ownerName(),
                                words.day(a.due())))
                        .toList(),
                words);
        return lines;
    }
}
