package scot.cairn.sroi;

/** A draft may change; an approved analysis is a record and is locked (copy it as a new draft to change it). */
public enum AnalysisStatus {
    DRAFT("Draft"),
    APPROVED("Approved");

    private final String label;

    AnalysisStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
