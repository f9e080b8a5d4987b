package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** A declaration waits until it is reviewed; changing it sends it back to wait. */
public enum DeclarationStatus implements Labelled {
    WAITING,
    REVIEWED;

    @Override
    public String labelKey() {
        return "tendering.status." + name();
    }
}
