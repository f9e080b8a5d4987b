package scot.cairn.sroi;

import scot.cairn.platform.Labelled;

/** A forecast SROI is made before the activity (in Design); an evaluative SROI from what really happened. */
public enum AnalysisType implements Labelled {
    FORECAST,
    EVALUATIVE;

    @Override
    public String labelKey() {
        return "sroi.analysisType." + name();
    }
}
