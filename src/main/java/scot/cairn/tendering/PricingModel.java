package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** How the contract is paid: one price for the service, a price per unit of service, or payments for outcomes. */
public enum PricingModel implements Labelled {
    FIXED_PRICE,
    PER_UNIT,
    OUTCOME_PAYMENTS;

    /** Whether the model is nothing without a rate card: prices per unit or per outcome. */
    boolean needsRates() {
        return this != FIXED_PRICE;
    }

    @Override
    public String labelKey() {
        return "tendering.pricingModel." + name();
    }
}
