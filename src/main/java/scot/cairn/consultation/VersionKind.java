package scot.cairn.consultation;

import scot.cairn.platform.Labelled;

/** What another version of a consultation is for. */
public enum VersionKind implements Labelled {
    EASY_READ,
    ACCESSIBLE,
    LARGE_PRINT,
    TRANSLATION,
    PAPER_COPY;

    @Override
    public String labelKey() {
        return "consultation.file.kind." + name();
    }
}
