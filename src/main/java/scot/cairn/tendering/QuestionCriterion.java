package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** The award criteria bidders answer questions under; price is scored by its formula, not by questions. */
public enum QuestionCriterion implements Labelled {
    QUALITY,
    COMMUNITY_BENEFITS;

    /** The criterion's weight in the tender, in percent. */
    int weightIn(TenderDetails t) {
        return this == QUALITY ? t.qualityWeight() : t.benefitsWeight();
    }

    @Override
    public String labelKey() {
        return "tendering.criterion." + name();
    }
}
