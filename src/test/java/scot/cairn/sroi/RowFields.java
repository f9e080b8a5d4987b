package scot.cairn.sroi;

import static scot.cairn.sroi.Rows.num;

import java.math.BigDecimal;

/**
 * Every field of an impact-map row, valid to start with and set directly, so a test can put any value (even null)
 * into one of them.
 */
final class RowFields {
    private String stakeholder = "Foster carers";
    private String outcome = "Less stress";
    private String indicator = "Carers reporting less stress";
    private BigDecimal quantity = num("12");
    private int years = 2;
    private BigDecimal proxyValue = num("850.00");
    private String description = "Cost of counselling";
    private String source = "PSSRU Unit Costs 2024";
    private BigDecimal deadweight = num("10");
    private BigDecimal displacement = num("0");
    private BigDecimal attribution = num("25");
    private BigDecimal dropOff = num("33.3");

    RowFields stakeholder(String value) {
        stakeholder = value;
        return this;
    }

    RowFields outcome(String value) {
        outcome = value;
        return this;
    }

    RowFields indicator(String value) {
        indicator = value;
        return this;
    }

    RowFields quantity(BigDecimal value) {
        quantity = value;
        return this;
    }

    RowFields years(int value) {
        years = value;
        return this;
    }

    RowFields proxyValue(BigDecimal value) {
        proxyValue = value;
        return this;
    }

    RowFields description(String value) {
        description = value;
        return this;
    }

    RowFields source(String value) {
        source = value;
        return this;
    }

    RowFields deadweight(BigDecimal value) {
        deadweight = value;
        return this;
    }

    RowFields displacement(BigDecimal value) {
        displacement = value;
        return this;
    }

    RowFields attribution(BigDecimal value) {
        attribution = value;
        return this;
    }

    RowFields dropOff(BigDecimal value) {
        dropOff = value;
        return this;
    }

    ImpactRow build() {
        return new ImpactRow(
                stakeholder,
                outcome,
                indicator,
                quantity,
                years,
                proxyValue,
                description,
                source,
                deadweight,
                displacement,
                attribution,
                dropOff);
    }
}
