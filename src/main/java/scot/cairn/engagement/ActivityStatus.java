package scot.cairn.engagement;

import scot.cairn.platform.Labelled;

/** Where a communications activity stands. */
public enum ActivityStatus implements Labelled {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Whether it still waits on its owner. */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    @Override
    public String labelKey() {
        return "engagement.status." + name();
    }
}
