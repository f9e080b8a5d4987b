package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** What kind of thing waits on someone in a partnership: a signature, an approval or a submission. */
public enum WorkKind implements Labelled {
    SIGN_MOU,
    APPROVE_PID,
    APPROVE_DECISION,
    SUBMIT_PERIOD,
    APPROVE_PERIOD,
    APPROVE_ANALYSIS,
    SIGN_REVIEW,
    APPROVE_GATE,
    REVIEW_RISK,
    RISK_ACTION,
    PLAN_TASK,
    MILESTONE,
    MEETING_ACTION,
    COMMS_ACTIVITY,
    ENQUIRY,
    REVIEW_DECLARATION,
    APPROVE_SPEC,
    RECORD_PROCUREMENT;

    @Override
    public String labelKey() {
        return "partnership.todo.kind." + name();
    }
}
