package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/** What a declared interest is: an employer or another organisation that may bid, money, or someone close. */
public enum InterestKind implements Labelled {
    EMPLOYER,
    ORGANISATION,
    FINANCIAL,
    PERSONAL;

    @Override
    public String labelKey() {
        return "tendering.interestKind." + name();
    }
}
