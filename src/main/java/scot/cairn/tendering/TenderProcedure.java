package scot.cairn.tendering;

import scot.cairn.platform.Labelled;

/**
 * How the tender is run: open to every provider (the default), restricted to those selected after a first stage, or
 * under the light-touch regime for social and other specific services (regulations 74 to 76 of the Public Contracts
 * (Scotland) Regulations 2015).
 */
public enum TenderProcedure implements Labelled {
    OPEN,
    RESTRICTED,
    LIGHT_TOUCH;

    @Override
    public String labelKey() {
        return "tendering.procedure." + name();
    }
}
