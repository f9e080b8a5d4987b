package scot.cairn.sroi;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored impact-map row; valid when saved (see {@link SroiRules}). For a row taken from an indicator, the quantity
 * is the one found at the last calculation.
 */
@Table("sroi_impact_row")
record SroiImpactRow(
        String stakeholder,
        String outcome,
        String indicator,
        QuantitySource quantitySource,
        Long indicatorId,
        BigDecimal quantity,
        int durationYears,
        BigDecimal proxyValue,
        String proxyDescription,
        String proxyUnit,
        String proxySource,
        Integer proxyBaseYear,
        BigDecimal deadweight,
        BigDecimal displacement,
        BigDecimal attribution,
        BigDecimal dropOff) {

    static SroiImpactRow of(RowDetails d, String indicatorName) {
        var source = d.quantitySource() == null ? QuantitySource.ENTERED : d.quantitySource();
        String indicator = d.indicator() == null || d.indicator().isBlank()
                ? indicatorName
                : d.indicator().strip();
        return new SroiImpactRow(
                d.stakeholder().strip(),
                d.outcome().strip(),
                indicator,
                source,
                source.fromIndicator() ? d.indicatorId() : null,
                source.fromIndicator() ? BigDecimal.ZERO : d.quantity(),
                d.durationYears(),
                d.proxyValue(),
                blankToNull(d.proxyDescription()),
                blankToNull(d.proxyUnit()),
                d.proxySource().strip(),
                d.proxyBaseYear(),
                d.deadweight(),
                d.displacement(),
                d.attribution(),
                d.dropOff());
    }

    SroiImpactRow withQuantity(BigDecimal value) {
        return new SroiImpactRow(
                stakeholder,
                outcome,
                indicator,
                quantitySource,
                indicatorId,
                value,
                durationYears,
                proxyValue,
                proxyDescription,
                proxyUnit,
                proxySource,
                proxyBaseYear,
                deadweight,
                displacement,
                attribution,
                dropOff);
    }

    ImpactRow impactRow() {
        return new ImpactRow(
                stakeholder,
                outcome,
                indicator,
                quantity,
                durationYears,
                proxyValue,
                describeProxy(),
                proxySource,
                deadweight,
                displacement,
                attribution,
                dropOff);
    }

    RowDetails details() {
        return new RowDetails(
                stakeholder,
                outcome,
                indicator,
                quantitySource,
                indicatorId,
                quantity,
                durationYears,
                proxyValue,
                proxyDescription,
                proxyUnit,
                proxySource,
                proxyBaseYear,
                deadweight,
                displacement,
                attribution,
                dropOff);
    }

    private String describeProxy() {
        String d = proxyDescription == null ? "" : proxyDescription;
        return proxyUnit == null ? d : (d.isEmpty() ? proxyUnit : d + " (" + proxyUnit + ")");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
