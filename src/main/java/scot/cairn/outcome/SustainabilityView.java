package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import scot.cairn.outcome.CostFigures.Cost;
import scot.cairn.partnership.Stage;

/**
 * The sustainability evidence page and PDF: what was entered (all may be null, and {@code version} is null before
 * anything was saved), the outcomes with their status on approved measurements, and the costs worked out from them.
 */
public record SustainabilityView(
        long partnershipId,
        String title,
        Stage stage,
        boolean editable,
        Integer version,
        BigDecimal pilotBudget,
        Integer participants,
        String viability,
        String funderNeeds,
        List<Metric> metrics,
        String updatedBy,
        Instant updatedAt,
        List<OutcomeResult> outcomes,
        Cost costPerParticipant,
        Cost costPerOutcome) {

    /** A volume or service metric. */
    public record Metric(String name, BigDecimal amount, String unit) {

        public String display() {
            return amount.stripTrailingZeros().toPlainString() + " " + unit;
        }
    }

    /** An outcome, whether it is achieved on approved measurements, and each of its indicators' status. */
    public record OutcomeResult(String stakeholder, String name, boolean achieved, List<IndicatorStatus> indicators) {}

    /** An indicator's status from approved measurements only. */
    public record IndicatorStatus(long id, String name, Rag rag) {}

    public long outcomesAchieved() {
        return outcomes.stream().filter(OutcomeResult::achieved).count();
    }

    /** The pilot budget in pounds and pence, or null. */
    public String budgetDisplay() {
        return pilotBudget == null ? null : "£" + String.format(java.util.Locale.UK, "%,.2f", pilotBudget);
    }

    /** True when budget, participants and the viability narrative are there, as the gate out of Pilot needs. */
    public boolean complete() {
        return pilotBudget != null
                && participants != null
                && participants > 0
                && viability != null
                && viability.strip().length() >= Sustainability.MIN_VIABILITY;
    }

    /** The entered values as details for the edit form, with {@link SustainabilityDetails#MAX_METRICS} metric rows. */
    public SustainabilityDetails details() {
        var rows = new java.util.ArrayList<SustainabilityDetails.MetricDetails>();
        metrics.forEach(m -> rows.add(new SustainabilityDetails.MetricDetails(
                m.name(), m.amount().stripTrailingZeros().toPlainString(), m.unit())));
        while (rows.size() < SustainabilityDetails.MAX_METRICS) {
            rows.add(new SustainabilityDetails.MetricDetails(null, null, null));
        }
        return new SustainabilityDetails(
                pilotBudget == null ? null : pilotBudget.toPlainString(),
                participants == null ? null : participants.toString(),
                viability,
                funderNeeds,
                rows);
    }
}
