package scot.cairn.sroi;

import scot.cairn.platform.Labelled;

/** A forecast SROI is made before the activity (in Design); an evaluative SROI from what really happened. */
public enum AnalysisType implements Labelled {
    FORECAST("Forecast"),
    EVALUATIVE("Evaluative");

    private final String label;

    AnalysisType(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "sroi.analysisType." + name();
    }

    public String label() {
        return label;
    }
}
