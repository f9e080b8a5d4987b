package scot.cairn.sroi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sensitivity analysis of an impact map: how the ratio moves when one assumption moves, and how far each assumption
 * would have to move for the ratio to fall (or rise) to exactly 1 : 1.
 *
 * <p>Nothing is recalculated from scratch per variation. The map is prepared once (each row's gross value, impact
 * and discounted drop-off factor F, see {@link SroiCalculator}), and each assumption gets a model of the present
 * value as a function of its change x:
 *
 * <ul>
 *   <li>proxy values and quantities: PV x (1 + x / 100), linear, threshold solved directly;
 *   <li>in-kind inputs: the investment is cash + inKind x (1 + x / 100), threshold solved directly;
 *   <li>deadweight, displacement, attribution: per row a straight line in x that stops at the 0 and 100% limits (and
 *       at 0 impact when deductions are added), so the total is piecewise linear: sorted once, evaluated by binary
 *       search, threshold solved exactly on the piece where it crosses the investment;
 *   <li>drop-off: rows grouped by drop-off and duration; the ratio is worked out per group, the threshold found by
 *       bisection to 1e-9 points (the only non-linear assumption).
 * </ul>
 *
 * Stateless; each call prepares its own map.
 */
public final class SensitivityAnalysis {

    private SensitivityAnalysis() {}

    /**
     * Runs the analysis. Lists may be empty but not null; the settings are those of the analysis being tested.
     *
     * @param variations the changes to try, each both down and up; the report keeps their order
     */
    public static SensitivityReport run(
            List<ImpactRow> rows, List<Investment> investments, Settings settings, List<Variation> variations) {
        if (variations == null) {
            throw new IllegalArgumentException("Variations are required (the list may be empty)");
        }
        PreparedMap map = PreparedMap.of(rows, investments, settings);
        Map<Assumption, Response> responses = responses(map);
        List<SensitivityLine> lines = new ArrayList<>(variations.size());
        for (Variation variation : variations) {
            Response response = responses.get(variation.assumption());
            lines.add(new SensitivityLine(
                    variation.assumption(),
                    variation.amount(),
                    response.ratioAt(variation.amount().negate()),
                    response.ratioAt(variation.amount())));
        }
        List<Threshold> thresholds = new ArrayList<>();
        for (Assumption assumption : Assumption.values()) {
            thresholds.add(new Threshold(assumption, responses.get(assumption).threshold()));
        }
        return new SensitivityReport(Ratios.perInvestment(map.presentValue(), map.investment()), lines, thresholds);
    }

    private static Map<Assumption, Response> responses(PreparedMap map) {
        Map<Assumption, Response> responses = new EnumMap<>(Assumption.class);
        responses.put(Assumption.DEADWEIGHT, DeductionResponse.of(map, Assumption.DEADWEIGHT));
        responses.put(Assumption.DISPLACEMENT, DeductionResponse.of(map, Assumption.DISPLACEMENT));
        responses.put(Assumption.ATTRIBUTION, DeductionResponse.of(map, Assumption.ATTRIBUTION));
        responses.put(Assumption.DROP_OFF, DropOffResponse.of(map));
        ScaledValueResponse scaled = new ScaledValueResponse(map.presentValue(), map.investment());
        responses.put(Assumption.PROXY_VALUES, scaled);
        responses.put(Assumption.QUANTITIES, scaled);
        responses.put(Assumption.IN_KIND_INPUTS, new InKindResponse(map.presentValue(), map.cash(), map.inKind()));
        return responses;
    }
}
