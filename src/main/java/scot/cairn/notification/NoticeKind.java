package scot.cairn.notification;

import scot.cairn.platform.Labelled;

/**
 * What a notification is about. Things waiting on the person are emailed at once unless they choose otherwise; news of
 * what the partnership has done comes in the daily digest.
 */
public enum NoticeKind implements Labelled {
    DECISION_PROPOSED(Frequency.AT_ONCE),
    PERIOD_SUBMITTED(Frequency.AT_ONCE),
    DOCUMENT_SIGNATURE(Frequency.AT_ONCE),
    GATE_APPROVAL(Frequency.AT_ONCE),
    MEMBER_ADDED(Frequency.AT_ONCE),
    HIGHLIGHT_SUBMITTED(Frequency.AT_ONCE),
    MEETING_PACK(Frequency.AT_ONCE),
    MINUTES_CIRCULATED(Frequency.AT_ONCE),
    BULLETIN(Frequency.AT_ONCE),
    CLARIFICATION(Frequency.AT_ONCE),
    DECISION_APPROVED(Frequency.DAILY),
    DOCUMENT_SIGNED_OFF(Frequency.DAILY),
    PERIOD_APPROVED(Frequency.DAILY),
    ANALYSIS_APPROVED(Frequency.DAILY),
    REVIEW_SIGNED_OFF(Frequency.DAILY),
    STAGE_ADVANCED(Frequency.DAILY);

    private final Frequency standard;

    NoticeKind(Frequency standard) {
        this.standard = standard;
    }

    /** How often people are emailed about it until they choose. */
    public Frequency standard() {
        return standard;
    }

    @Override
    public String labelKey() {
        return "notification.kind." + name();
    }
}
