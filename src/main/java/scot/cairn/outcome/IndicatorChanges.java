package scot.cairn.outcome;

import java.math.BigDecimal;
import scot.cairn.platform.Changes;

/** The audit lines for an indicator added or changed; before is null for a new one. */
final class IndicatorChanges {

    private IndicatorChanges() {}

    static Changes of(IndicatorDetails before, IndicatorDetails after) {
        boolean isNew = before == null;
        return Changes.create()
                .field("outcome.audit.indicator", isNew ? null : before.name(), after.name())
                .field("outcome.audit.definition", isNew ? null : before.definition(), after.definition())
                .field("outcome.audit.unit", isNew ? null : before.unit(), after.unit())
                .field(
                        "outcome.audit.direction",
                        isNew ? null : before.direction().labelKey(),
                        after.direction().labelKey())
                .field("outcome.audit.baseline", isNew ? null : plain(before.baseline()), plain(after.baseline()))
                .field("outcome.audit.target", isNew ? null : plain(before.target()), plain(after.target()))
                .field(
                        "outcome.audit.frequency",
                        isNew ? null : before.frequency().labelKey(),
                        after.frequency().labelKey())
                .field("outcome.audit.source", isNew ? null : before.source(), after.source());
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
