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

    @Override
    public String labelKey() {
        return "tendering.section." + name();
    }
}
