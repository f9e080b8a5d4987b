package scot.cairn.sroi;

/** A forecast SROI is made before the activity (in Design); an evaluative SROI from what really happened. */
public enum AnalysisType {
    FORECAST("Forecast"),
    EVALUATIVE("Evaluative");

    private final String label;

    AnalysisType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
