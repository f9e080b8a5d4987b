package scot.cairn.sroi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cairn.directory.Sector;

/**
 * One SROI analysis as pages, the API and reports read it. Inputs and rows are numbered from 1 in map order.
 * {@code lastCalculation} is null until the analysis is first calculated (an empty draft); {@code outOfDate} is true
 * when the approved measurements behind rows taken from indicators have changed since then. {@code editable},
 * {@code mayApprove} and {@code viewerHasApproved} are about the person asking.
 */
public record SroiAnalysisView(
        long id,
        int version,
        long partnershipId,
        String partnershipTitle,
        String title,
        AnalysisType kind,
        LocalDate periodFrom,
        LocalDate periodTo,
        Settings settings,
        AnalysisStatus status,
        Instant approvedAt,
        List<InputView> inputs,
        List<RowView> rows,
        List<ApprovalView> approvals,
        LastCalculation lastCalculation,
        boolean outOfDate,
        boolean editable,
        boolean mayApprove,
        boolean viewerHasApproved) {

    /** An input; amounts in pounds. */
    public record InputView(int number, String stakeholder, String description, BigDecimal cash, BigDecimal inKind) {

        public BigDecimal total() {
            return cash.add(inKind);
        }

        public InputDetails details() {
            return new InputDetails(stakeholder, description, cash, inKind);
        }
    }

    /** A row of the impact map; percentages 0 to 100; proxy description, unit and base year may be null. */
    public record RowView(
            int number,
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

        public RowDetails details() {
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

    /** A board member's approval; sector is null for a service user or carer. */
    public record ApprovalView(long personId, String name, Sector sector, Instant approvedAt) {}

    /** The headline figures stored at the last calculation; {@code ratio} is null when nothing was invested. */
    public record LastCalculation(
            Instant calculatedAt,
            BigDecimal presentValue,
            BigDecimal investment,
            BigDecimal netPresentValue,
            BigDecimal ratio,
            String measurementFingerprint) {}

    public boolean approved() {
        return status == AnalysisStatus.APPROVED;
    }

    public BigDecimal totalInvestment() {
        return inputs.stream().map(InputView::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
