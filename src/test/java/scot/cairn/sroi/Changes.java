package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.List;

/**
 * Applies a sensitivity change to a map the long way, row by row, so tests can recalculate it from scratch and
 * compare with the analysis's shortcuts: percentages move by points and stay within 0 to 100, values move by a
 * percentage of themselves and stay at 0 or more.
 */
final class Changes {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Changes() {}

    static List<ImpactRow> rows(List<ImpactRow> rows, Assumption assumption, BigDecimal change) {
        return rows.stream().map(row -> row(row, assumption, change)).toList();
    }

    static List<Investment> investments(List<Investment> investments, Assumption assumption, BigDecimal change) {
        if (assumption != Assumption.IN_KIND_INPUTS) {
            return investments;
        }
        return investments.stream()
                .map(i -> new Investment(i.stakeholder(), i.description(), i.cash(), scale(i.inKind(), change)))
                .toList();
    }

    private static ImpactRow row(ImpactRow r, Assumption assumption, BigDecimal change) {
        BigDecimal quantity = assumption == Assumption.QUANTITIES ? scale(r.quantity(), change) : r.quantity();
        BigDecimal proxy = assumption == Assumption.PROXY_VALUES ? scale(r.proxyValue(), change) : r.proxyValue();
        return new ImpactRow(
                r.stakeholder(),
                r.outcome(),
                r.indicator(),
                quantity,
                r.durationYears(),
                proxy,
                r.proxyDescription(),
                r.proxySource(),
                move(r.deadweight(), assumption == Assumption.DEADWEIGHT, change),
                move(r.displacement(), assumption == Assumption.DISPLACEMENT, change),
                move(r.attribution(), assumption == Assumption.ATTRIBUTION, change),
                move(r.dropOff(), assumption == Assumption.DROP_OFF, change));
    }

    private static BigDecimal move(BigDecimal percent, boolean moved, BigDecimal points) {
        if (!moved) {
            return percent;
        }
        BigDecimal result = percent.add(points);
        return result.signum() < 0 ? BigDecimal.ZERO : result.min(HUNDRED);
    }

    private static BigDecimal scale(BigDecimal value, BigDecimal percent) {
        BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2));
        return factor.signum() < 0 ? BigDecimal.ZERO : value.multiply(factor);
    }
}
