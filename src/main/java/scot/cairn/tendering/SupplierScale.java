package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/**
 * A supplier's size as it declares it, in the bands of the OCDS party scale codelist: micro (fewer than 10 staff),
 * small (fewer than 50), medium (fewer than 250), large.
 */
public enum SupplierScale implements Labelled {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    /** The code in the OCDS {@code partyScale} codelist. */
    String ocds() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String labelKey() {
        return "tendering.supplierScale." + name();
    }
}
