package scot.cairn.outcome.web;

import java.util.ArrayList;
import java.util.List;
import scot.cairn.outcome.SustainabilityDetails;
import scot.cairn.outcome.SustainabilityDetails.MetricDetails;

/** The sustainability evidence form, as typed: five rows of volumes and service metrics, each name, value and unit. */
record SustainabilityForm(
        Integer version,
        String pilotBudget,
        String participants,
        String viability,
        String funderNeeds,
        String metric1Name,
        String metric1Value,
        String metric1Unit,
        String metric2Name,
        String metric2Value,
        String metric2Unit,
        String metric3Name,
        String metric3Value,
        String metric3Unit,
        String metric4Name,
        String metric4Value,
        String metric4Unit,
        String metric5Name,
        String metric5Value,
        String metric5Unit) {

    static SustainabilityForm of(Integer version, SustainabilityDetails d) {
        var m = d.metrics();
        return new SustainabilityForm(
                version,
                d.pilotBudget(),
                d.participants(),
                d.viability(),
                d.funderNeeds(),
                m.get(0).name(),
                m.get(0).value(),
                m.get(0).unit(),
                m.get(1).name(),
                m.get(1).value(),
                m.get(1).unit(),
                m.get(2).name(),
                m.get(2).value(),
                m.get(2).unit(),
                m.get(3).name(),
                m.get(3).value(),
                m.get(3).unit(),
                m.get(4).name(),
                m.get(4).value(),
                m.get(4).unit());
    }

    SustainabilityDetails details() {
        var rows = new ArrayList<>(List.of(
                new MetricDetails(metric1Name, metric1Value, metric1Unit),
                new MetricDetails(metric2Name, metric2Value, metric2Unit),
                new MetricDetails(metric3Name, metric3Value, metric3Unit),
                new MetricDetails(metric4Name, metric4Value, metric4Unit),
                new MetricDetails(metric5Name, metric5Value, metric5Unit)));
        return new SustainabilityDetails(pilotBudget, participants, viability, funderNeeds, rows);
    }
}
