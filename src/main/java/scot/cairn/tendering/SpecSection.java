package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** The sections of the service specification, in the order it reads; every requirement sits in one. */
public enum SpecSection implements Labelled {
    SERVICE,
    OUTCOMES,
    VOLUMES,
    QUALITY_AND_STAFFING,
    COMMUNITY_BENEFITS,
    PRICING,
    DATA_AND_REPORTING,
    TUPE_AND_TRANSITION,
    CONTRACT_PERIOD;

    /** The key of the section in the service specification document: {@code quality-and-staffing}. */
    public String documentKey() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String labelKey() {
        return "tendering.section." + name();
    }
}
