package scot.cairn.outcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * A partnership's outcome framework as its pages show it: stakeholder groups by name, each with its outcomes by name,
 * each with its indicators by name. {@code editable} says whether the viewer may change it.
 */
public record FrameworkView(long partnershipId, String title, boolean editable, List<StakeholderView> stakeholders) {

    public record StakeholderView(long id, int version, String name, String description, List<OutcomeView> outcomes) {}

    public record OutcomeView(
            long id,
            int version,
            long stakeholderGroupId,
            String name,
            String description,
            List<IndicatorView> indicators) {}

    /** One indicator; baseline, target, definition and source may be null. */
    public record IndicatorView(
            long id,
            int version,
            long outcomeId,
            String outcomeName,
            String name,
            String definition,
            String unit,
            Direction direction,
            BigDecimal baseline,
            BigDecimal target,
            Frequency frequency,
            String source,
            Measure measure) {

        public IndicatorDetails details() {
            return new IndicatorDetails(
                    outcomeId, name, definition, unit, direction, baseline, target, frequency, source, measure);
        }
    }

    public List<OutcomeView> outcomes() {
        return stakeholders.stream().flatMap(s -> s.outcomes().stream()).toList();
    }

    public List<IndicatorView> indicators() {
        return outcomes().stream().flatMap(o -> o.indicators().stream()).toList();
    }

    public boolean empty() {
        return stakeholders.isEmpty();
    }
}
