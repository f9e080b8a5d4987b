package scot.cairn.sroi;

import java.util.ArrayList;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.sroi.SroiAnalysisView.ApprovalView;
import scot.cairn.sroi.SroiAnalysisView.InputView;
import scot.cairn.sroi.SroiAnalysisView.LastCalculation;
import scot.cairn.sroi.SroiAnalysisView.RowView;

/** Turns stored analyses into the read records, for the person asking. */
final class SroiViews {

    private SroiViews() {}

    static SroiAnalysisView view(SroiAnalysis a, Access who, boolean outOfDate) {
        var p = who.partnership();
        var inputs = new ArrayList<InputView>();
        for (var i : a.inputs()) {
            inputs.add(new InputView(
                    inputs.size() + 1, i.stakeholder(), i.description(), normal(i.cash()), normal(i.inKind())));
        }
        var rows = new ArrayList<RowView>();
        for (var r : a.rows()) {
            rows.add(new RowView(
                    rows.size() + 1,
                    r.stakeholder(),
                    r.outcome(),
                    r.indicator(),
                    r.quantitySource(),
                    r.indicatorId(),
                    normal(r.quantity()),
                    r.durationYears(),
                    normal(r.proxyValue()),
                    r.proxyDescription(),
                    r.proxyUnit(),
                    r.proxySource(),
                    r.proxyBaseYear(),
                    normal(r.deadweight()),
                    normal(r.displacement()),
                    normal(r.attribution()),
                    normal(r.dropOff())));
        }
        var approvals = a.approvals().stream()
                .map(x -> new ApprovalView(x.personId(), name(p, x.personId()), x.sector(), x.approvedAt()))
                .toList();
        boolean draft = a.status() == AnalysisStatus.DRAFT;
        boolean approvedByViewer =
                a.approvals().stream().anyMatch(x -> x.personId() == who.user().personId());
        return new SroiAnalysisView(
                a.id(),
                a.version(),
                a.partnershipId(),
                p.title(),
                a.title(),
                a.kind(),
                a.periodFrom(),
                a.periodTo(),
                a.settings(),
                a.status(),
                a.approvedAt(),
                inputs,
                rows,
                approvals,
                a.calculatedAt() == null
                        ? null
                        : new LastCalculation(
                                a.calculatedAt(),
                                a.presentValue(),
                                a.investment(),
                                a.netPresentValue(),
                                a.ratio(),
                                a.measurementFingerprint()),
                outOfDate,
                draft && who.mayEdit(Editors.EVIDENCE),
                draft && who.mayApprove() && !approvedByViewer,
                approvedByViewer);
    }

    static SroiSummary summary(SroiAnalysis a, boolean outOfDate) {
        return new SroiSummary(
                a.id(),
                a.title(),
                a.kind(),
                a.periodFrom(),
                a.periodTo(),
                a.status(),
                a.ratio(),
                a.calculatedAt(),
                outOfDate);
    }

    /** Without the storage scale: 10, not 10.0000 (and 100, not 1E+2). */
    static java.math.BigDecimal normal(java.math.BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String name(PartnershipView p, long personId) {
        return p.members().stream()
                .filter(m -> m.personId() == personId)
                .map(PartnershipView.MemberView::fullName)
                .findFirst()
                .orElse("A board member");
    }
}
