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
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.sroi.ReviewOverview.QuarterLine;
import scot.cairn.sroi.ReviewOverview.State;
import scot.cairn.sroi.SroiReviewView.AnalysisRef;
import scot.cairn.sroi.SroiReviewView.SignatureView;

/**
 * Forecast against actual: each pilot quarter's evaluative analysis set beside the approved forecast, the differences
 * explained in a note that the board signs off. The same people who change SROI analyses write reviews; members of
 * the Governance Group / Project Board who are not observers sign them; a review is signed off (and locked) once a
 * public-sector and a third-sector member have signed. One review per quarter. Every change is in the audit trail.
 */
@Service
public class ReviewService {

    static final String SUBJECT = "sroi-review";
    static final int MAX_NOTE = 5000;
    static final String OBSERVERS = "Observers read forecast-against-actual reviews but do not sign them off.";
    static final String BOARD_ONLY =
            "Only members of the Governance Group / Project Board can sign off a forecast-against-actual review.";

    private final SroiReviewRepository reviews;
    private final SroiAccess access;
    private final SroiFigures figures;
    private final PilotDates pilots;
    private final AuditTrail audit;

    ReviewService(
            SroiReviewRepository reviews, SroiAccess access, SroiFigures figures, PilotDates pilots, AuditTrail audit) {
        this.reviews = reviews;
        this.access = access;
        this.figures = figures;
        this.pilots = pilots;
        this.audit = audit;
    }

    /** Every pilot quarter and every reviewed quarter, latest first, with what each still needs. */
    @Transactional(readOnly = true)
    public ReviewOverview overview(long partnershipId, CurrentUser user) {
        var p = access.readable(partnershipId, user);
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
        return new ReviewOverview(pilots.pilot(partnershipId).start() != null, lines, access.mayEdit(p, user));
    }

    /** The reviews with their comparisons, latest quarter first. */
    @Transactional(readOnly = true)
    public List<SroiReviewView> reviews(long partnershipId, CurrentUser user) {
        var p = access.readable(partnershipId, user);
        return reviews.findByPartnershipIdOrderByQuarterDesc(partnershipId).stream()
                .map(r -> view(r, p, user))
                .toList();
    }

    @Transactional(readOnly = true)
    public SroiReviewView review(long partnershipId, long reviewId, CurrentUser user) {
        var p = access.readable(partnershipId, user);
        return view(find(partnershipId, reviewId), p, user);
    }

    /** True when the user may write reviews in this partnership. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long partnershipId, CurrentUser user) {
        return access.mayEdit(access.readable(partnershipId, user), user);
    }

    /** The analyses a review may compare: approved forecasts, and evaluative analyses. */
    @Transactional(readOnly = true)
    public List<SroiSummary> choices(long partnershipId, AnalysisType kind, CurrentUser user) {
        access.readable(partnershipId, user);
        return access.analyses(partnershipId).stream()
                .filter(a -> a.kind() == kind)
                .filter(a -> kind != AnalysisType.FORECAST || a.status() == AnalysisStatus.APPROVED)
                .map(a -> SroiViews.summary(a, false))
                .toList();
    }

    @Transactional
    public SroiReviewView create(long partnershipId, ReviewDetails details, CurrentUser user) {
        var p = access.editable(partnershipId, user);
        var quarter = check(partnershipId, null, details);
        var r = SroiReview.start(
                partnershipId, quarter, details.forecastId(), details.evaluativeId(), details.note(), figures.now());
        r = reviews.save(r);
        audit.record(
                SUBJECT,
                r.id(),
                partnershipId,
                "Forecast against actual review started",
                Changes.create()
                        .note("Quarter " + quarter + ": " + title(r.forecastId()) + " against "
                                + title(r.evaluativeId())));
        return view(r, p, user);
    }

    /** Changes a draft; any signatures given so far are withdrawn. */
    @Transactional
    public SroiReviewView update(
            long partnershipId, long reviewId, Integer seenVersion, ReviewDetails details, CurrentUser user) {
        var p = access.editable(partnershipId, user);
        var r = find(partnershipId, reviewId);
        if (r.status() == ReviewStatus.SIGNED_OFF) {
            throw new ReviewLockedException();
        }
        ConcurrentChangeException.check("review", seenVersion, r.version());
        var quarter = check(partnershipId, reviewId, details);
        var changes = Changes.create()
                .field("Quarter", r.quarter().toString(), quarter.toString())
                .field("Forecast", title(r.forecastId()), title(details.forecastId()))
                .field("Evaluative analysis", title(r.evaluativeId()), title(details.evaluativeId()))
                .field("Note", r.note(), details.note().strip());
        if (r.describe(quarter, details.forecastId(), details.evaluativeId(), details.note())) {
            changes.note("Signatures withdrawn: the review changed");
        }
        r = reviews.save(r);
        audit.record(SUBJECT, r.id(), partnershipId, "Forecast against actual review changed", changes);
        return view(r, p, user);
    }

    /** Records the user's signature as a board member who is not an observer. */
    @Transactional
    public SroiReviewView sign(long partnershipId, long reviewId, CurrentUser user) {
        var p = access.readable(partnershipId, user).requireOpen();
        if (p.viewerRole() == MemberRole.OBSERVER) {
            throw new ForbiddenException(OBSERVERS);
        }
        var seat = access.boardSeat(partnershipId, user).orElseThrow(() -> new ForbiddenException(BOARD_ONLY));
        var r = find(partnershipId, reviewId);
        r.sign(user.personId(), seat.organisationId(), seat.sector(), figures.now());
        var changes = Changes.create()
                .note("Signed by " + user.fullName()
                        + (seat.sector() == null
                                ? " (service user)"
                                : " (" + seat.sector().label() + ")"));
        if (r.status() == ReviewStatus.SIGNED_OFF) {
            changes.note("Status: Draft -> Signed off");
        }
        r = reviews.save(r);
        audit.record(SUBJECT, r.id(), partnershipId, "Forecast against actual review signed", changes);
        return view(r, p, user);
    }

    private Period check(long partnershipId, Long reviewId, ReviewDetails d) {
        var errors = new InvalidInputException.Collector();
        var quarter = Period.parse(d.quarter()).filter(Period::isQuarter).orElse(null);
        errors.rejectIf(quarter == null, "quarter", "Enter the quarter like 2026-Q3");
        SroiAnalysis forecast = d.forecastId() == null ? null : mine(partnershipId, d.forecastId());
        errors.rejectIf(
                forecast == null
                        || forecast.kind() != AnalysisType.FORECAST
                        || forecast.status() != AnalysisStatus.APPROVED,
                "forecastId",
                "Choose an approved forecast analysis of this partnership");
        SroiAnalysis actual = d.evaluativeId() == null ? null : mine(partnershipId, d.evaluativeId());
        errors.rejectIf(
                actual == null || actual.kind() != AnalysisType.EVALUATIVE,
                "evaluativeId",
                "Choose an evaluative analysis of this partnership");
        if (quarter != null && actual != null && actual.kind() == AnalysisType.EVALUATIVE) {
            errors.rejectIf(
                    !PilotQuarters.fits(actual.periodFrom(), actual.periodTo(), quarter),
                    "evaluativeId",
                    "The evaluative analysis must end in " + quarter + " or cover the whole of it");
        }
        errors.rejectIf(d.note() == null || d.note().isBlank(), "note", "Explain the differences in the review note");
        errors.rejectIf(
                d.note() != null && d.note().strip().length() > MAX_NOTE,
                "note",
                "The review note must be " + MAX_NOTE + " characters or fewer");
        if (quarter != null) {
            var existing = reviews.findByPartnershipIdAndQuarter(partnershipId, quarter.toString());
            errors.rejectIf(
                    existing.isPresent() && !existing.get().id().equals(reviewId),
                    "quarter",
                    "There is already a review for " + quarter + ": change that one instead");
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
        return analysisId == null ? null : access.analysisTitle(analysisId);
    }

    private SroiReview find(long partnershipId, long reviewId) {
        return reviews.findById(reviewId)
                .filter(r -> r.partnershipId() == partnershipId)
                .orElseThrow(() -> new NotFoundException("Review"));
    }

    private SroiReviewView view(SroiReview r, PartnershipView p, CurrentUser user) {
        var forecast = access.find(p.id(), r.forecastId());
        var actual = access.find(p.id(), r.evaluativeId());
        boolean draft = r.status() == ReviewStatus.DRAFT;
        boolean signedByViewer = r.signatures().stream().anyMatch(s -> s.personId() == user.personId());
        boolean onBoard = access.boardSeat(p.id(), user).isPresent() && p.viewerRole() != MemberRole.OBSERVER;
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
                ForecastComparison.of(figures.result(forecast), figures.result(actual)),
                draft && access.mayEdit(p, user),
                draft && onBoard && !signedByViewer && !p.closed(),
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
