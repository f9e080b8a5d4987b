package scot.cairn.outcome;

import java.math.BigDecimal;
import scot.cairn.platform.Changes;

/** The audit lines for an indicator added or changed; before is null for a new one. */
final class IndicatorChanges {

    private IndicatorChanges() {}

    static Changes of(IndicatorDetails before, IndicatorDetails after) {
        boolean isNew = before == null;
        return Changes.create()
                .field("Indicator", isNew ? null : before.name(), after.name())
                .field("Definition", isNew ? null : before.definition(), after.definition())
                .field("Unit", isNew ? null : before.unit(), after.unit())
                .field(
                        "Direction",
                        isNew ? null : before.direction().label(),
                        after.direction().label())
                .field("Baseline", isNew ? null : plain(before.baseline()), plain(after.baseline()))
                .field("Target", isNew ? null : plain(before.target()), plain(after.target()))
                .field(
                        "Frequency",
                        isNew ? null : before.frequency().label(),
                        after.frequency().label())
                .field("Source", isNew ? null : before.source(), after.source());
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
