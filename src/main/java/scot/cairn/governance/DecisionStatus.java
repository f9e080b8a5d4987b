package scot.cairn.governance;

import scot.cairn.platform.Labelled;

/**
 * Where a decision is: a draft waits for approval and may change; an approved decision is locked for good; a withdrawn
 * draft stays in the log, numbered, but counts for nothing. Being superseded is not a status of its own: it is an
 * approved decision that a later approved decision names.
 */
public enum DecisionStatus implements Labelled {
    DRAFT,
    APPROVED,
    WITHDRAWN;

    @Override
    public String labelKey() {
        return "governance.decisionStatus." + name();
    }
}
