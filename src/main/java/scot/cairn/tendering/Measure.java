package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** What is done about a conflict of interests. */
public enum Measure implements Labelled {
    KEPT_OUT_OF_EVALUATION,
    KEPT_OUT_OF_SPECIFICATION,
    INFORMATION_SHARED,
    SEPARATE_TEAM,
    MONITORED;

    @Override
    public String labelKey() {
        return "tendering.measure." + name();
    }
}
