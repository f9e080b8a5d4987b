package scot.cairn.partnership;

/** Whose turn it is on something that waits: the person's, others' after the person did their part, or nobody's. */
public enum Turn {
    /** The person may act and their action is still needed. */
    YOURS,
    /** The person did their part (or their sector's part is done) and it waits on others. */
    OTHERS,
    /** The person has no part in it. */
    NONE
}
