package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A sensitivity analysis: the base ratio, one line per requested variation (in the order asked) and one threshold
 * per assumption (in {@link Assumption} order). When nothing was invested every ratio and threshold is empty.
 */
public record SensitivityReport(
        Optional<BigDecimal> baseRatio, List<SensitivityLine> lines, List<Threshold> thresholds) {

    public SensitivityReport {
        lines = List.copyOf(lines);
        thresholds = List.copyOf(thresholds);
    }

    public boolean noInvestment() {
        return baseRatio.isEmpty();
    }

    public Threshold threshold(Assumption assumption) {
        return thresholds.get(assumption.ordinal());
    }
}
