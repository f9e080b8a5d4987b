package scot.cairn.sroi;

import static scot.cairn.sroi.Checks.notNegative;
import static scot.cairn.sroi.Checks.optional;
import static scot.cairn.sroi.Checks.required;

import java.math.BigDecimal;

/**
 * An input to the activity: money and the value of what was given in kind (volunteer time, premises, equipment).
 *
 * <p>The stakeholder is non-blank; the description may be empty but never null; both amounts are 0 or more.
 */
public record Investment(String stakeholder, String description, BigDecimal cash, BigDecimal inKind) {

    public Investment {
        stakeholder = required(stakeholder, "stakeholder", "sroi.check.investor");
        description = optional(description);
        cash = notNegative(cash, "cash", "sroi.check.cash.missing", "sroi.check.cash.negative");
        inKind = notNegative(inKind, "inKind", "sroi.check.inKind.missing", "sroi.check.inKind.negative");
    }

    /** Cash plus in-kind value. */
    public BigDecimal total() {
        return cash.add(inKind);
    }
}
