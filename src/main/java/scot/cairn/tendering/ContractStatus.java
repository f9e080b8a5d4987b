package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** Where a contract record stands: drafted at award and still open to correction, or concluded and fixed. */
public enum ContractStatus implements Labelled {
    DRAFT,
    CONCLUDED;

    @Override
    public String labelKey() {
        return "tendering.contractStatus." + name();
    }
}
