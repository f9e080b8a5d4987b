package scot.cairn.sroi;

import scot.cairn.platform.Labelled;

/** A draft may change; an approved analysis is a record and is locked (copy it as a new draft to change it). */
public enum AnalysisStatus implements Labelled {
    DRAFT,
    APPROVED;

    @Override
    public String labelKey() {
        return "sroi.analysisStatus." + name();
    }
}
