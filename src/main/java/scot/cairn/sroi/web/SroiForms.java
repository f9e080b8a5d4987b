package scot.cairn.sroi.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import scot.cairn.sroi.AnalysisDetails;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.DeductionMethod;
import scot.cairn.sroi.DropOffMethod;
import scot.cairn.sroi.InputDetails;
import scot.cairn.sroi.QuantitySource;
import scot.cairn.sroi.RowDetails;
import scot.cairn.sroi.SroiAnalysisView;

/** The SROI pages' forms; the rules are the service's and come back as field errors. */
final class SroiForms {

    private SroiForms() {}

    record AnalysisForm(
            String title,
            AnalysisType kind,
            @DateTimeFormat(iso = ISO.DATE) LocalDate periodFrom,
            @DateTimeFormat(iso = ISO.DATE) LocalDate periodTo,
            BigDecimal discountRate,
            Boolean discountFirstYear,
            DeductionMethod deductions,
            DropOffMethod dropOff) {

        static AnalysisForm of(SroiAnalysisView a) {
            var s = a.settings();
            return new AnalysisForm(
                    a.title(),
                    a.kind(),
                    a.periodFrom(),
                    a.periodTo(),
                    s.discountRate().stripTrailingZeros(),
                    s.discountFirstYear(),
                    s.deductions(),
                    s.dropOff());
        }

        AnalysisDetails details() {
            return new AnalysisDetails(
                    title, kind, periodFrom, periodTo, discountRate, discountFirstYear, deductions, dropOff);
        }
    }

    record InputForm(String stakeholder, String description, BigDecimal cash, BigDecimal inKind) {

        static InputForm of(InputDetails d) {
            return new InputForm(d.stakeholder(), d.description(), d.cash(), d.inKind());
        }

        InputDetails details() {
            return new InputDetails(stakeholder, description, cash, inKind);
        }
    }

    record RowForm(
            String stakeholder,
            String outcome,
            String indicator,
            QuantitySource quantitySource,
            Long indicatorId,
            BigDecimal quantity,
            Integer durationYears,
            BigDecimal proxyValue,
            String proxyDescription,
            String proxyUnit,
            String proxySource,
            Integer proxyBaseYear,
            BigDecimal deadweight,
            BigDecimal displacement,
            BigDecimal attribution,
            BigDecimal dropOff) {

        static RowForm empty() {
            return new RowForm(
                    null,
                    null,
                    null,
                    QuantitySource.ENTERED,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        static RowForm of(RowDetails d) {
            return new RowForm(
                    d.stakeholder(),
                    d.outcome(),
                    d.indicator(),
                    d.quantitySource(),
                    d.indicatorId(),
                    plain(d.quantity()),
                    d.durationYears(),
                    plain(d.proxyValue()),
                    d.proxyDescription(),
                    d.proxyUnit(),
                    d.proxySource(),
                    d.proxyBaseYear(),
                    plain(d.deadweight()),
                    plain(d.displacement()),
                    plain(d.attribution()),
                    plain(d.dropOff()));
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
    }

    /** The sensitivity step on the analysis page. */
    record VariationForm(BigDecimal variation) {}

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
