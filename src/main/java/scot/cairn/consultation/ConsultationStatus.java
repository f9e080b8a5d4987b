package scot.cairn.consultation;

import scot.cairn.platform.Labelled;

/** A consultation is prepared as a draft, opened for answers, and closed. */
public enum ConsultationStatus implements Labelled {
    DRAFT,
    OPEN,
    CLOSED;

    @Override
    public String labelKey() {
        return "consultation.status." + name();
    }
}
