package scot.cairn.sroi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.Period;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.sroi.ReviewOverview.QuarterLine;
import scot.cairn.sroi.ReviewOverview.State;
import scot.cairn.sroi.SroiReviewView.AnalysisRef;
import scot.cairn.sroi.SroiReviewView.SignatureView;

/**
 * Forecast against actual: each pilot quarter's evaluative analysis set beside the approved forecast, the differences
 * explained in a note that the board signs off. The same people who change SROI analyses write reviews; members of
 * the Governance Group / Project Board sign them; a review is signed off (and locked, with the figures it was signed
 * on) with the board's joint approval. One review per quarter. Every change is in the audit trail.
 */
@Service
public class ReviewService {

    static final String SUBJECT = "sroi-review";
    static final int MAX_NOTE = 5000;
    private final SroiReviewRepository reviews;
    private final SroiAnalyses access;
    private final SroiFigures figures;
    private final PilotDates pilots;
    private final AuditTrail audit;

    ReviewService(
            SroiReviewRepository reviews,
            SroiAnalyses access,
            SroiFigures figures,
            PilotDates pilots,
            AuditTrail audit) {
        this.reviews = reviews;
        this.access = access;
        this.figures = figures;
        this.pilots = pilots;
        this.audit = audit;
    }

    /** Every pilot quarter and every reviewed quarter, latest first, with what each still needs. */
    @Transactional(readOnly = true)
    public ReviewOverview overview(long partnershipId, CurrentUser user) {
        var who = access.read(partnershipId, user);
        var byQuarter = new LinkedHashMap<Period, SroiReview>();
        reviews.findByPartnershipIdOrderByQuarterDesc(partnershipId).forEach(r -> byQuarter.put(r.quarter(), r));
        var pilotQuarters = pilots.all(partnershipId);
        var completed = pilots.completed(partnershipId);
        var quarters = new TreeSet<Period>(Comparator.reverseOrder());
        quarters.addAll(pilotQuarters);
        quarters.addAll(byQuarter.keySet());
        var lines = new ArrayList<QuarterLine>();
        for (var q : quarters) {
            var r = byQuarter.get(q);
            State state;
            if (r != null) {
                state = r.status() == ReviewStatus.SIGNED_OFF ? State.SIGNED_OFF : State.DRAFT;
            } else {
                state = completed.contains(q) ? State.NEEDS_REVIEW : State.NOT_DUE;
            }
            lines.add(new QuarterLine(q, pilotQuarters.contains(q), state, r == null ? null : r.id()));
        }
        return new ReviewOverview(pilots.pilot(partnershipId).start() != null, lines, who.mayEdit(Editors.EVIDENCE));
    }

    /** The reviews with their comparisons, latest quarter first. */
    @Transactional(readOnly = true)
    public List<SroiReviewView> reviews(long partnershipId, CurrentUser user) {
        var who = access.read(partnershipId, user);
        return reviews.findByPartnershipIdOrderByQuarterDesc(partnershipId).stream()
                .map(r -> view(r, who))
                .toList();
    }

    @Transactional(readOnly = true)
    public SroiReviewView review(long partnershipId, long reviewId, CurrentUser user) {
        return view(find(partnershipId, reviewId), access.read(partnershipId, user));
    }

    /** True when the user may write reviews in this partnership. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long partnershipId, CurrentUser user) {
        return access.read(partnershipId, user).mayEdit(Editors.EVIDENCE);
    }

    /** The analyses a review may compare: approved forecasts, and evaluative analyses. */
    @Transactional(readOnly = true)
    public List<SroiSummary> choices(long partnershipId, AnalysisType kind, CurrentUser user) {
        access.read(partnershipId, user);
        return access.of(partnershipId).stream()
                .filter(a -> a.kind() == kind)
                .filter(a -> kind != AnalysisType.FORECAST || a.status() == AnalysisStatus.APPROVED)
                .map(a -> SroiViews.summary(a, false))
                .toList();
    }

    @Transactional
    public SroiReviewView create(long partnershipId, ReviewDetails details, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var quarter = check(partnershipId, null, details);
        var r = SroiReview.start(
                partnershipId, quarter, details.forecastId(), details.evaluativeId(), details.note(), figures.now());
        r = reviews.save(r);
        audit.record(
                SUBJECT,
                r.id(),
                partnershipId,
                "sroi.audit.reviewStarted",
                Changes.create()
                        .field("sroi.audit.quarter", null, quarter)
                        .field("sroi.audit.forecast", null, title(r.forecastId()))
                        .field("sroi.audit.evaluative", null, title(r.evaluativeId())));
        return view(r, who);
    }

    /** Changes a draft; any signatures given so far are withdrawn. */
    @Transactional
    public SroiReviewView update(
            long partnershipId, long reviewId, Integer seenVersion, ReviewDetails details, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var r = find(partnershipId, reviewId);
        if (r.status() == ReviewStatus.SIGNED_OFF) {
            throw new ReviewLockedException();
        }
        ConcurrentChangeException.check("review", seenVersion, r.version());
        var quarter = check(partnershipId, reviewId, details);
        var changes = Changes.create()
                .field("sroi.audit.quarter", r.quarter().toString(), quarter.toString())
                .field("sroi.audit.forecast", title(r.forecastId()), title(details.forecastId()))
                .field("sroi.audit.evaluative", title(r.evaluativeId()), title(details.evaluativeId()))
                .field("sroi.audit.note", r.note(), details.note().strip());
        if (r.describe(quarter, details.forecastId(), details.evaluativeId(), details.note())) {
            changes.note("sroi.audit.signaturesWithdrawn");
        }
        r = reviews.save(r);
        audit.record(SUBJECT, r.id(), partnershipId, "sroi.audit.reviewChanged", changes);
        return view(r, who);
    }

    /**
     * Records the user's signature, as a board member, on the review as they read it ({@code seenVersion}) and on its
     * figures as they are now. The review is signed off, figures and all, with the board's joint approval.
     */
    @Transactional
    public SroiReviewView sign(long partnershipId, long reviewId, Integer seenVersion, CurrentUser user) {
        var who = access.approve(partnershipId, user);
        var seat = who.seat();
        var r = find(partnershipId, reviewId);
        r.checkDraft();
        ConcurrentChangeException.check("review", seenVersion, r.version());
        var shown = ReviewFigures.of(live(r));
        boolean withdrawn = r.sign(user.personId(), seat.organisationId(), seat.sector(), shown, figures.now());
        var changes = Changes.create()
                .field("sroi.audit.signedBy", null, user.fullName())
                .field("sroi.audit.sector", null, SroiService.sector(seat.sector()));
        if (withdrawn) {
            changes.note("sroi.audit.figuresChanged");
        }
        boolean signedOff = r.status() == ReviewStatus.SIGNED_OFF;
        if (signedOff) {
            changes.field("sroi.audit.status", ReviewStatus.DRAFT.labelKey(), ReviewStatus.SIGNED_OFF.labelKey());
        }
        r = reviews.save(r);
        audit.record(SUBJECT, r.id(), partnershipId, "sroi.audit.reviewSigned", changes);
        if (signedOff) {
            figures.publish(
                    new ReviewSignedOff(partnershipId, r.id(), r.quarter().toString(), figures.now()));
        }
        return view(r, who);
    }

    /** The comparison from the two analyses as they are now. */
    private ForecastComparison live(SroiReview r) {
        return ForecastComparison.of(
                figures.result(access.find(r.partnershipId(), r.forecastId())),
                figures.result(access.find(r.partnershipId(), r.evaluativeId())));
    }

    private Period check(long partnershipId, Long reviewId, ReviewDetails d) {
        var errors = new InvalidInputException.Collector();
        var quarter = Period.parse(d.quarter()).filter(Period::isQuarter).orElse(null);
        errors.rejectIf(quarter == null, "quarter", "sroi.reviewForm.quarterMissing");
        SroiAnalysis forecast = d.forecastId() == null ? null : mine(partnershipId, d.forecastId());
        errors.rejectIf(
                forecast == null
                        || forecast.kind() != AnalysisType.FORECAST
                        || forecast.status() != AnalysisStatus.APPROVED,
                "forecastId",
                "sroi.reviewForm.forecastMissing");
        SroiAnalysis actual = d.evaluativeId() == null ? null : mine(partnershipId, d.evaluativeId());
        errors.rejectIf(
                actual == null || actual.kind() != AnalysisType.EVALUATIVE,
                "evaluativeId",
                "sroi.reviewForm.evaluativeMissing");
        if (quarter != null && actual != null && actual.kind() == AnalysisType.EVALUATIVE) {
            errors.rejectIf(
                    !PilotQuarters.fits(actual.periodFrom(), actual.periodTo(), quarter),
                    "evaluativeId",
                    "sroi.reviewForm.evaluativeQuarter",
                    quarter.toString());
        }
        errors.rejectIf(d.note() == null || d.note().isBlank(), "note", "sroi.reviewForm.noteMissing");
        errors.rejectIf(
                d.note() != null && d.note().strip().length() > MAX_NOTE,
                "note",
                "sroi.reviewForm.noteTooLong",
                MAX_NOTE);
        if (quarter != null) {
            var existing = reviews.findByPartnershipIdAndQuarter(partnershipId, quarter.toString());
            errors.rejectIf(
                    existing.isPresent() && !existing.get().id().equals(reviewId),
                    "quarter",
                    "sroi.reviewForm.exists",
                    quarter.toString());
        }
        errors.throwIfAny();
        return quarter;
    }

    private SroiAnalysis mine(long partnershipId, long analysisId) {
        try {
            return access.find(partnershipId, analysisId);
        } catch (NotFoundException notOurs) {
            return null;
        }
    }

    private String title(Long analysisId) {
        return analysisId == null ? null : access.title(analysisId);
    }

    private SroiReview find(long partnershipId, long reviewId) {
        return reviews.findById(reviewId)
                .filter(r -> r.partnershipId() == partnershipId)
                .orElseThrow(() -> new NotFoundException("Review"));
    }

    private SroiReviewView view(SroiReview r, Access who) {
        var p = who.partnership();
        var forecast = access.find(p.id(), r.forecastId());
        var actual = access.find(p.id(), r.evaluativeId());
        boolean draft = r.status() == ReviewStatus.DRAFT;
        boolean signedByViewer =
                r.signatures().stream().anyMatch(s -> s.personId() == who.user().personId());
        return new SroiReviewView(
                r.id(),
                r.version(),
                p.id(),
                p.title(),
                r.quarter(),
                ref(forecast),
                ref(actual),
                r.note(),
                r.status(),
                r.signedOffAt(),
                r.signatures().stream()
                        .map(s -> new SignatureView(s.personId(), name(p, s.personId()), s.sector(), s.signedAt()))
                        .toList(),
                draft ? live(r) : ReviewFigures.comparison(r.figures()),
                draft && who.mayEdit(Editors.EVIDENCE),
                draft && who.mayApprove() && !signedByViewer,
                signedByViewer);
    }

    private static AnalysisRef ref(SroiAnalysis a) {
        return new AnalysisRef(a.id(), a.title(), a.kind(), a.periodFrom(), a.periodTo(), a.status());
    }

    private static String name(PartnershipView p, long personId) {
        return p.members().stream()
                .filter(m -> m.personId() == personId)
                .map(PartnershipView.MemberView::fullName)
                .findFirst()
                .orElse("A board member");
    }
}
