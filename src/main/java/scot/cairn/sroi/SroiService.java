package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.ApprovedMeasurements.IndicatorChoice;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;

/**
 * A partnership's SROI analyses: creating them, their settings, calculating, approving and copying. Inputs and the
 * impact map are changed through {@link ImpactMapService}. Every change to a draft recalculates it and stores the
 * headline figures; an approved analysis is locked. Every change is in the partnership's audit trail.
 */
@Service
public class SroiService {

    static final String SUBJECT = "sroi-analysis";
    /** The default sensitivity step: 10 percentage points for percentages, 10% for values. */
    public static final BigDecimal DEFAULT_VARIATION = BigDecimal.TEN;

    private final SroiAnalysisRepository analyses;
    private final SroiAnalyses access;
    private final SroiFigures figures;
    private final AuditTrail audit;

    SroiService(SroiAnalysisRepository analyses, SroiAnalyses access, SroiFigures figures, AuditTrail audit) {
        this.analyses = analyses;
        this.access = access;
        this.figures = figures;
        this.audit = audit;
    }

    /** The partnership's analyses, latest period first. */
    @Transactional(readOnly = true)
    public List<SroiSummary> analyses(long partnershipId, CurrentUser user) {
        access.read(partnershipId, user);
        return analyses.findByPartnershipIdOrderByPeriodFromDescIdDesc(partnershipId).stream()
                .map(a -> SroiViews.summary(a, figures.outOfDate(a)))
                .toList();
    }

    /** True when the user may create and change analyses in this partnership. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long partnershipId, CurrentUser user) {
        return access.read(partnershipId, user).mayEdit(Editors.EVIDENCE);
    }

    @Transactional(readOnly = true)
    public SroiAnalysisView analysis(long partnershipId, long analysisId, CurrentUser user) {
        return view(access.find(partnershipId, analysisId), access.read(partnershipId, user));
    }

    /** The partnership's indicators that rows may take their quantities from. */
    @Transactional(readOnly = true)
    public List<IndicatorChoice> indicators(long partnershipId, CurrentUser user) {
        access.read(partnershipId, user);
        return figures.indicators(partnershipId);
    }

    /**
     * The analysis with its full result and sensitivity, from its stored rows (quantities as at the last
     * calculation).
     *
     * @param variation how far to move each assumption, 0 or more; null for {@link #DEFAULT_VARIATION}
     */
    @Transactional(readOnly = true)
    public SroiCalculation calculation(long partnershipId, long analysisId, BigDecimal variation, CurrentUser user) {
        return calculation(access.find(partnershipId, analysisId), access.read(partnershipId, user), variation);
    }

    /**
     * Calculates: for a draft and someone who may change it, quantities are first refreshed from the approved
     * measurements and the figures stored; otherwise (approved, or a reader) the stored rows are calculated as they
     * are and nothing is saved.
     */
    @Transactional
    public SroiCalculation calculate(long partnershipId, long analysisId, BigDecimal variation, CurrentUser user) {
        var who = access.read(partnershipId, user);
        var a = access.find(partnershipId, analysisId);
        if (a.status() == AnalysisStatus.DRAFT && who.mayEdit(Editors.EVIDENCE)) {
            a = recalculated(a);
        }
        return calculation(a, who, variation);
    }

    @Transactional
    public SroiAnalysisView create(long partnershipId, AnalysisDetails details, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        SroiRules.ANALYSES.check("", analyses.countByPartnershipId(partnershipId) + 1);
        var d = details.withGuideDefaults();
        SroiRules.checkDetails(d);
        var a = SroiAnalysis.start(partnershipId, d, figures.now());
        figures.refresh(a);
        a = analyses.save(a);
        audit.record(
                SUBJECT,
                a.id(),
                partnershipId,
                "sroi.audit.started",
                Changes.create()
                        .field("sroi.audit.title", null, a.title())
                        .field("sroi.audit.type", null, a.kind().labelKey()));
        return view(a, who);
    }

    /** Changes title, type, period and settings. */
    @Transactional
    public SroiAnalysisView update(
            long partnershipId, long analysisId, Integer seenVersion, AnalysisDetails details, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = editable(partnershipId, analysisId, seenVersion);
        SroiRules.checkDetails(details);
        var before = a.settings();
        var changes = Changes.create()
                .field("sroi.audit.title", a.title(), details.title().strip())
                .field("sroi.audit.type", a.kind().labelKey(), details.kind().labelKey())
                .field("sroi.audit.periodFrom", a.periodFrom(), details.periodFrom())
                .field("sroi.audit.periodTo", a.periodTo(), details.periodTo())
                .field("sroi.audit.discountRate", plain(before.discountRate()), plain(details.discountRate()))
                .field("sroi.audit.firstYear", yesNo(before.discountFirstYear()), yesNo(details.discountFirstYear()))
                .field(
                        "sroi.audit.deductions",
                        before.deductions().labelKey(),
                        details.deductions().labelKey())
                .field(
                        "sroi.audit.dropOff",
                        before.dropOff().labelKey(),
                        details.dropOff().labelKey());
        a.describe(details);
        return saved(a, who, "sroi.audit.changed", changes);
    }

    /** Takes quantities from the approved measurements again and stores the new figures. */
    @Transactional
    public SroiAnalysisView recalculate(long partnershipId, long analysisId, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = access.find(partnershipId, analysisId);
        a.checkDraft();
        return view(recalculated(a), who);
    }

    /**
     * Records the user's approval as a member of the Governance Group / Project Board, of the version they read. The
     * analysis is approved (and locked) with the {@link scot.cairn.partnership.JointApproval} of the board. Refused while it has
     * no impact rows, no investment, or measurements that changed since its last calculation.
     */
    @Transactional
    public SroiAnalysisView approve(long partnershipId, long analysisId, Integer seenVersion, CurrentUser user) {
        var who = access.approve(partnershipId, user);
        var seat = who.seat();
        var a = access.find(partnershipId, analysisId);
        a.checkDraft();
        ConcurrentChangeException.check("SROI analysis", seenVersion, a.version());
        new InvalidInputException.Collector()
                .rejectIf(a.rows().isEmpty(), "", "sroi.approve.noRows")
                .rejectIf(a.ratio() == null, "", "sroi.approve.noRatio")
                .rejectIf(figures.outOfDate(a), "", "sroi.approve.outOfDate")
                .throwIfAny();
        a.approve(user.personId(), seat.organisationId(), seat.sector(), figures.now());
        var changes = Changes.create()
                .field("sroi.audit.approvedBy", null, user.fullName())
                .field("sroi.audit.sector", null, sector(seat.sector()));
        boolean approved = a.status() == AnalysisStatus.APPROVED;
        if (approved) {
            changes.field("sroi.audit.status", AnalysisStatus.DRAFT.labelKey(), AnalysisStatus.APPROVED.labelKey());
        }
        a = analyses.save(a);
        audit.record(SUBJECT, a.id(), partnershipId, "sroi.audit.approved", changes);
        if (approved) {
            figures.publish(new AnalysisApproved(partnershipId, a.id(), a.kind(), a.ratio(), figures.now()));
        }
        return view(a, who);
    }

    /** A new draft with the same details, settings, inputs and rows; its figures are recalculated. */
    @Transactional
    public SroiAnalysisView copy(long partnershipId, long analysisId, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var original = access.find(partnershipId, analysisId);
        SroiRules.ANALYSES.check("", analyses.countByPartnershipId(partnershipId) + 1);
        // The copy's title is stored words, so it is written once, in the language of whoever made the copy.
        var words = WorkbookWords.of(LocaleContextHolder.getLocale());
        var a = original.copy(words.get("sroi.analysis.copyTitle", original.title()), figures.now());
        if (a.title().length() > SroiRules.MAX_TEXT) {
            a.describe(new AnalysisDetails(
                    a.title().substring(0, SroiRules.MAX_TEXT),
                    a.kind(),
                    a.periodFrom(),
                    a.periodTo(),
                    a.settings().discountRate(),
                    a.settings().discountFirstYear(),
                    a.settings().deductions(),
                    a.settings().dropOff()));
        }
        figures.refresh(a);
        a = analyses.save(a);
        audit.record(
                SUBJECT,
                a.id(),
                partnershipId,
                "sroi.audit.copied",
                Changes.create().field("sroi.audit.copiedFrom", null, original.title()));
        return view(a, who);
    }

    SroiAnalysis editable(long partnershipId, long analysisId, Integer seenVersion) {
        var a = access.find(partnershipId, analysisId);
        a.checkDraft();
        ConcurrentChangeException.check("SROI analysis", seenVersion, a.version());
        return a;
    }

    SroiAnalysisView saved(SroiAnalysis a, Access who, String action, Changes changes) {
        figures.refresh(a);
        var saved = analyses.save(a);
        audit.record(SUBJECT, saved.id(), saved.partnershipId(), action, changes);
        return view(saved, who);
    }

    private SroiAnalysis recalculated(SroiAnalysis a) {
        var before = a.ratio();
        figures.refresh(a);
        var saved = analyses.save(a);
        audit.record(
                SUBJECT,
                saved.id(),
                saved.partnershipId(),
                "sroi.audit.recalculated",
                Changes.create()
                        .field(
                                "sroi.audit.ratio",
                                before == null ? null : SroiDisplay.ratio(before),
                                saved.ratio() == null ? null : SroiDisplay.ratio(saved.ratio())));
        return saved;
    }

    private SroiCalculation calculation(SroiAnalysis a, Access who, BigDecimal variation) {
        var amount = variation == null ? DEFAULT_VARIATION : variation;
        if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.of("variation", "sroi.analysis.variationRange");
        }
        return new SroiCalculation(view(a, who), figures.result(a), figures.sensitivity(a, amount), amount);
    }

    private SroiAnalysisView view(SroiAnalysis a, Access who) {
        return SroiViews.view(a, who, figures.outOfDate(a));
    }

    /** A yes or no for the audit trail, as a key the history page translates. */
    static String yesNo(Boolean value) {
        return value == null ? null : value ? "platform.yes" : "platform.no";
    }

    /** The sector a board member signs for, as a key; a service user has none. */
    static String sector(scot.cairn.directory.Sector sector) {
        return sector == null ? "sroi.serviceUser" : sector.labelKey();
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
