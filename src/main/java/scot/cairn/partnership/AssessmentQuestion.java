package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/**
 * The four questions that decide whether a PSP is appropriate. The question is the value's label; {@link #hintKey()}
 * names what to think about when answering it.
 */
public enum AssessmentQuestion implements Labelled {
    MARKET,
    SUPPLIERS,
    COMMISSIONERS,
    PARTNERSHIP;

    @Override
    public String labelKey() {
        return "partnership.assessment.question." + name();
    }

    /** The bundle key of the hint under the question. */
    public String hintKey() {
        return "partnership.assessment.hint." + name();
    }
}
