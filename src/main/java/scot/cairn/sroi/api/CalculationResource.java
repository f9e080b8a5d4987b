package scot.cairn.sroi.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cairn.sroi.AnalysisStatus;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.Assumption;
import scot.cairn.sroi.Settings;
import scot.cairn.sroi.SroiCalculation;
import scot.cairn.sroi.Threshold;

/**
 * The full result of an analysis as JSON. Amounts are unrounded JSON numbers (pounds); ratios are value per pound
 * invested; percentages 0 to 100. A ratio, net ratio or payback is null when it does not exist (see {@code message}).
 */
record CalculationResource(
        long analysisId,
        String title,
        AnalysisType kind,
        AnalysisStatus status,
        Instant calculatedAt,
        boolean outOfDate,
        Settings settings,
        Totals totals,
        List<BigDecimal> valuesPerYear,
        List<RowValue> rows,
        List<Share> byStakeholder,
        List<Share> byOutcome,
        Sensitivity sensitivity) {

    record Totals(
            BigDecimal presentValue,
            BigDecimal investment,
            BigDecimal netPresentValue,
            BigDecimal ratio,
            BigDecimal netRatio,
            BigDecimal paybackMonths,
            BigDecimal firstYearImpact,
            String message) {}

    record RowValue(
            int number,
            String stakeholder,
            String outcome,
            String indicator,
            BigDecimal quantity,
            BigDecimal impact,
            BigDecimal presentValue,
            List<BigDecimal> valuesPerYear) {}

    record Share(String name, BigDecimal presentValue) {}

    /** {@code unit} is "percentage points" or "percent" for each assumption's change and threshold. */
    record Sensitivity(BigDecimal variation, BigDecimal baseRatio, List<Line> lines, List<ThresholdValue> thresholds) {}

    record Line(Assumption assumption, String label, String unit, BigDecimal ratioAtMinus, BigDecimal ratioAtPlus) {}

    record ThresholdValue(Assumption assumption, String label, String unit, BigDecimal change, String text) {}

    static CalculationResource of(SroiCalculation c) {
        var a = c.analysis();
        var r = c.result();
        var s = c.sensitivity();
        var rows = new java.util.ArrayList<RowValue>();
        for (var x : r.rows()) {
            rows.add(new RowValue(
                    rows.size() + 1,
                    x.row().stakeholder(),
                    x.row().outcome(),
                    x.row().indicator(),
                    exact(x.row().quantity()),
                    exact(x.impact()),
                    exact(x.presentValue()),
                    x.valuesPerYear().stream().map(CalculationResource::exact).toList()));
        }
        return new CalculationResource(
                a.id(),
                a.title(),
                a.kind(),
                a.status(),
                a.lastCalculation() == null ? null : a.lastCalculation().calculatedAt(),
                a.outOfDate(),
                a.settings(),
                new Totals(
                        exact(r.presentValue()),
                        exact(r.investment()),
                        exact(r.netPresentValue()),
                        exact(r.ratio()),
                        exact(r.netRatio()),
                        exact(r.paybackMonths()),
                        exact(r.firstYearImpact()),
                        r.message().orElse(null)),
                r.valuesPerYear().stream().map(CalculationResource::exact).toList(),
                rows,
                shares(r.presentValueByStakeholder()),
                shares(r.presentValueByOutcome()),
                new Sensitivity(
                        c.variation(),
                        exact(s.baseRatio()),
                        s.lines().stream()
                                .map(l -> new Line(
                                        l.assumption(),
                                        l.assumption().label(),
                                        unit(l.assumption()),
                                        exact(l.ratioAtMinus()),
                                        exact(l.ratioAtPlus())))
                                .toList(),
                        s.thresholds().stream()
                                .map(t -> new ThresholdValue(
                                        t.assumption(),
                                        t.assumption().label(),
                                        unit(t.assumption()),
                                        exact(t.change()),
                                        t.reachable() ? null : Threshold.UNREACHABLE))
                                .toList()));
    }

    private static List<Share> shares(Map<String, BigDecimal> values) {
        return values.entrySet().stream()
                .map(e -> new Share(e.getKey(), exact(e.getValue())))
                .toList();
    }

    private static String unit(Assumption assumption) {
        return assumption.inPercentagePoints() ? "percentage points" : "percent";
    }

    private static BigDecimal exact(Optional<BigDecimal> value) {
        return value.map(CalculationResource::exact).orElse(null);
    }

    /** The same value without trailing zeros or an exponent: 720, not 720.000000 or 7.2E+2. Never rounded. */
    private static BigDecimal exact(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
