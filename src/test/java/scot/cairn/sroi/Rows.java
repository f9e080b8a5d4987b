package scot.cairn.sroi;

import java.math.BigDecimal;

/** Builds impact-map rows and investments for tests; every field starts at a neutral value (no deductions). */
final class Rows {

    private Rows() {}

    static Builder row() {
        return new Builder();
    }

    static BigDecimal num(String value) {
        return new BigDecimal(value);
    }

    static Investment cash(String amount) {
        return new Investment("Falkirk Council", "Grant", num(amount), BigDecimal.ZERO);
    }

    static Investment inputs(String cash, String inKind) {
        return new Investment("Falkirk CVS", "Grant and volunteer time", num(cash), num(inKind));
    }

    static final class Builder {
        private String stakeholder = "Young people";
        private String outcome = "Stable placement";
        private BigDecimal quantity = BigDecimal.ONE;
        private int years = 1;
        private BigDecimal proxy = BigDecimal.ZERO;
        private BigDecimal deadweight = BigDecimal.ZERO;
        private BigDecimal displacement = BigDecimal.ZERO;
        private BigDecimal attribution = BigDecimal.ZERO;
        private BigDecimal dropOff = BigDecimal.ZERO;

        Builder stakeholder(String value) {
            stakeholder = value;
            return this;
        }

        Builder outcome(String value) {
            outcome = value;
            return this;
        }

        Builder quantity(String value) {
            quantity = num(value);
            return this;
        }

        Builder years(int value) {
            years = value;
            return this;
        }

        Builder proxy(String value) {
            proxy = num(value);
            return this;
        }

        Builder deadweight(String value) {
            deadweight = num(value);
            return this;
        }

        Builder displacement(String value) {
            displacement = num(value);
            return this;
        }

        Builder attribution(String value) {
            attribution = num(value);
            return this;
        }

        Builder dropOff(String value) {
            dropOff = num(value);
            return this;
        }

        ImpactRow build() {
            return new ImpactRow(
                    stakeholder,
                    outcome,
                    "Number of " + outcome.toLowerCase(),
                    quantity,
                    years,
                    proxy,
                    "Cost avoided per " + outcome.toLowerCase(),
                    "Unit Costs of Health and Social Care 2024",
                    deadweight,
                    displacement,
                    attribution,
                    dropOff);
        }
    }
}
