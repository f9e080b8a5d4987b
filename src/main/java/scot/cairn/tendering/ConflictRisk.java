package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** What the review of a declaration found: no conflict, a conflict the measures manage, or a relevant conflict, which
 * keeps the person out of evaluation. */
public enum ConflictRisk implements Labelled {
    NONE,
    MANAGED,
    RELEVANT;

    @Override
    public String labelKey() {
        return "tendering.risk." + name();
    }
}
