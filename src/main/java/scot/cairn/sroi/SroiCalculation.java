package scot.cairn.sroi;

import java.math.BigDecimal;

/**
 * An analysis with its full result (per row, per year, breakdowns) and its sensitivity: every assumption moved down
 * and up by {@code variation} (percentage points for percentages, per cent for values) and each one's threshold.
 */
public record SroiCalculation(
        SroiAnalysisView analysis, SroiResult result, SensitivityReport sensitivity, BigDecimal variation) {

    /** The longest duration in the map: the number of year columns. */
    public int years() {
        return result.valuesPerYear().size();
    }
}
