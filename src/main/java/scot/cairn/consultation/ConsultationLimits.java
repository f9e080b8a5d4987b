package scot.cairn.consultation;

import scot.cairn.platform.Limit;

/** How much a consultation holds. */
final class ConsultationLimits {

    static final Limit CONSULTATIONS = new Limit(200, "consultation.limit.consultations");

    static final Limit QUESTIONS = new Limit(50, "consultation.limit.questions");

    static final Limit OPTIONS = new Limit(20, "consultation.limit.options");

    static final Limit RESPONSES = new Limit(20_000, "consultation.limit.responses");

    /** Characters in one free-text answer. */
    static final int ANSWER_TEXT = 4000;

    /** Answers through one link from one address in {@link #WINDOW}. */
    static final int ANSWERS_PER_ADDRESS = 10;

    /** Answers through one link from everyone in {@link #WINDOW}. */
    static final int ANSWERS_PER_LINK = 2_000;

    static final java.time.Duration WINDOW = java.time.Duration.ofHours(1);

    /** Free-text answers shown under each question on the results page; the exports hold them all. */
    static final int TEXTS_SHOWN = 50;

    private ConsultationLimits() {}
}
