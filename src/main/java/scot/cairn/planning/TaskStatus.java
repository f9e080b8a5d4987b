package scot.cairn.planning;

import scot.cairn.platform.Labelled;

/** Where a task stands; a blocked task says why. */
public enum TaskStatus implements Labelled {
    NOT_STARTED,
    IN_PROGRESS,
    BLOCKED,
    DONE;

    @Override
    public String labelKey() {
        return "planning.status." + name();
    }
}
