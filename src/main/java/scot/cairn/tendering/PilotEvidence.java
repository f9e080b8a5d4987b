package scot.cairn.tendering;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import scot.cairn.outcome.ApprovedMeasurements;
import scot.cairn.outcome.SustainabilityService;
import scot.cairn.partnership.Access;

/**
 * What the pilot showed, for the specification: each outcome indicator with its baseline and target and the pilot's
 * approved results beside them, and the volumes and costs from the sustainability evidence.
 */
@Component
class PilotEvidence {

    private final ApprovedMeasurements measurements;
    private final SustainabilityService sustainability;

    PilotEvidence(ApprovedMeasurements measurements, SustainabilityService sustainability) {
        this.measurements = measurements;
        this.sustainability = sustainability;
    }

    /** A line per indicator, by outcome; nothing when the framework has none. */
    List<String> outcomes(Access access, SpecWords words) {
        var lines = new ArrayList<String>();
        for (var t : measurements.targets(access.id())) {
            String results = t.approved().isEmpty()
                    ? words.of("tendering.spec.noResults")
                    : words.of(
                            "tendering.spec.results",
                            t.approved().stream()
                                    .map(v -> words.of(
                                            "tendering.spec.result", v.period().toString(), words.number(v.amount())))
                                    .collect(Collectors.joining("; ")));
            lines.add(words.of(
                    "tendering.spec.indicator",
                    t.outcome(),
                    t.name(),
                    t.unit(),
                    words.number(t.baseline()),
                    words.number(t.target()),
                    results));
        }
        return lines;
    }

    /** The people served, the budget, each service metric and the cost per participant, as far as entered. */
    List<String> volumes(Access access, SpecWords words) {
        var view = sustainability.view(access.id(), access.user());
        var lines = new ArrayList<String>();
        if (view.participants() != null) {
            lines.add(words.of("tendering.spec.participants", view.participants()));
        }
        if (view.pilotBudget() != null) {
            lines.add(words.of("tendering.spec.budget", words.money(view.pilotBudget(), "GBP")));
        }
        view.metrics().forEach(m -> lines.add(words.of("tendering.spec.metric", m.name(), m.display())));
        if (view.costPerParticipant().computed()) {
            lines.add(words.of(
                    "tendering.spec.costPerParticipant",
                    view.costPerParticipant().display()));
        }
        return lines;
    }
}
