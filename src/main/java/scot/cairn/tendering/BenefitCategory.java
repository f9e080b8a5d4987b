package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** The kinds of community benefit a contract can require. */
public enum BenefitCategory implements Labelled {
    RECRUITMENT_AND_TRAINING,
    SUPPLY_CHAIN,
    COMMUNITY_ENGAGEMENT,
    ENVIRONMENTAL;

    @Override
    public String labelKey() {
        return "tendering.benefitCategory." + name();
    }
}
