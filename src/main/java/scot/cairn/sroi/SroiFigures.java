package scot.cairn.sroi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import scot.cairn.outcome.ApprovedMeasurements;
import scot.cairn.outcome.ApprovedMeasurements.IndicatorChoice;

/**
 * Connects analyses to the engine and to the approved measurements: fills in quantities taken from indicators,
 * calculates, and tells whether the measurements have changed since the last calculation.
 */
@Component
class SroiFigures {

    private final ApprovedMeasurements measurements;
    private final SroiCalculator calculator = new SroiCalculator();
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SroiFigures(ApprovedMeasurements measurements, Clock clock, ApplicationEventPublisher events) {
        this.measurements = measurements;
        this.clock = clock;
        this.events = events;
    }

    Instant now() {
        return clock.instant();
    }

    /** Announces a fact to the modules that react to it, when the current transaction commits. */
    void publish(Object event) {
        events.publishEvent(event);
    }

    List<IndicatorChoice> indicators(long partnershipId) {
        return measurements.indicators(partnershipId);
    }

    Set<Long> indicatorIds(long partnershipId) {
        return indicators(partnershipId).stream().map(IndicatorChoice::id).collect(Collectors.toSet());
    }

    /**
     * Takes the quantities of rows linked to indicators from the approved measurements now (0 when there are none in
     * the period), calculates and stores the headline figures with the fingerprint of the measurements used.
     */
    void refresh(SroiAnalysis a) {
        var rows = a.rows().stream().map(r -> resolved(a, r)).toList();
        if (!rows.equals(a.rows())) {
            a.replaceRows(rows);
        }
        a.calculated(result(a), fingerprint(a), now());
    }

    boolean outOfDate(SroiAnalysis a) {
        return a.calculatedAt() != null && !fingerprint(a).equals(a.measurementFingerprint());
    }

    SroiResult result(SroiAnalysis a) {
        return calculator.calculate(a.impactRows(), a.investments(), a.settings());
    }

    SensitivityReport sensitivity(SroiAnalysis a, BigDecimal amount) {
        var variations = Arrays.stream(Assumption.values())
                .map(x -> new Variation(x, amount))
                .toList();
        return SensitivityAnalysis.run(a.impactRows(), a.investments(), a.settings(), variations);
    }

    private String fingerprint(SroiAnalysis a) {
        var ids = a.rows().stream()
                .map(SroiImpactRow::indicatorId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return measurements.fingerprint(a.partnershipId(), ids, a.periodFrom(), a.periodTo());
    }

    private SroiImpactRow resolved(SroiAnalysis a, SroiImpactRow r) {
        if (!r.quantitySource().fromIndicator()) {
            return r;
        }
        var value = r.quantitySource() == QuantitySource.INDICATOR_SUM
                ? measurements.sum(a.partnershipId(), r.indicatorId(), a.periodFrom(), a.periodTo())
                : measurements.latest(a.partnershipId(), r.indicatorId(), a.periodFrom(), a.periodTo());
        BigDecimal quantity = value.orElse(BigDecimal.ZERO);
        return quantity.compareTo(r.quantity()) == 0 ? r : r.withQuantity(quantity);
    }
}
