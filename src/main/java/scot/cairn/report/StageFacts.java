package scot.cairn.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateService;
import scot.cairn.partnership.PartnershipService;

/** The stage the partnership is in, since when, and how far it is towards its next gate. */
@Component
class StageFacts implements Facts {

    private final PartnershipService partnerships;
    private final GateService gates;
    private final ReportWords words;

    StageFacts(PartnershipService partnerships, GateService gates, ReportWords words) {
        this.partnerships = partnerships;
        this.gates = gates;
        this.words = words;
    }

    @Override
    public ReportSection section() {
        return ReportSection.STAGE;
    }

    @Override
    public List<String> of(long id, LocalDate from, LocalDate to, CurrentUser user) {
        var p = partnerships.get(id, user);
        var lines = new ArrayList<String>();
        var since = p.stages().stream()
                .filter(s -> s.stage() == p.stage() && s.actualStart() != null)
                .map(s -> s.actualStart())
                .findFirst();
        lines.add(since.map(d -> words.of("report.facts.stageSince", words.label(p.stage()), words.day(d)))
                .orElse(words.of("report.facts.stage", words.label(p.stage()))));
        var gate = gates.gate(id, user);
        if (gate.to() != null) {
            long met = gate.criteria().stream().filter(CriterionResult::met).count();
            lines.add(words.of(
                    "report.facts.gate",
                    words.label(gate.to()),
                    met,
                    gate.criteria().size()));
            gate.criteria().stream()
                    .filter(c -> !c.met())
                    .forEach(c -> lines.add(words.of("report.facts.stillNeeded", c.name())));
        }
        return lines;
    }
}
