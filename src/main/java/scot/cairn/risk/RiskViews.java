package scot.cairn.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;

/** Turns stored risks into what readers see, naming people from the partnership's members. */
final class RiskViews {

    private RiskViews() {}

    static RegisterView register(Access access, List<Risk> all, int tolerance, LocalDate today) {
        var names = access.partnership().namesById();
        var views = all.stream()
                .map(r -> view(access, r, names, tolerance, today))
                .sorted(Comparator.comparing(RiskView::status)
                        .thenComparing(Comparator.comparingInt(RiskView::score).reversed())
                        .thenComparing(RiskView::id))
                .toList();
        var heat = new int[RiskScore.MAX][RiskScore.MAX];
        views.stream()
                .filter(v -> v.status() == RiskStatus.OPEN)
                .forEach(v -> heat[RiskScore.MAX - v.impact()][v.likelihood() - 1]++);
        return new RegisterView(
                access.id(),
                access.mayEdit(Editors.RISKS),
                tolerance,
                views,
                views.stream().filter(RiskView::forBoard).toList(),
                heat);
    }

    static RiskView view(Access access, Risk r, int tolerance, LocalDate today) {
        return view(access, r, access.partnership().namesById(), tolerance, today);
    }

    /** Whether the viewer may record a review: those who change the register, and the item's owner. */
    static boolean mayReview(Access access, Risk r) {
        return access.mayEdit(Editors.RISKS)
                || (access.open()
                        && access.participates()
                        && r.ownerId() == access.user().personId());
    }

    private static RiskView view(Access access, Risk r, Map<Long, String> names, int tolerance, LocalDate today) {
        int score = r.score();
        return new RiskView(
                r.id(),
                r.version(),
                r.number(),
                r.reference(),
                r.kind(),
                r.title(),
                r.description(),
                r.category(),
                r.ownerId(),
                names.get(r.ownerId()),
                r.likelihood(),
                r.impact(),
                score,
                RiskScore.band(score),
                r.residualLikelihood(),
                r.residualImpact(),
                r.residualScore(),
                r.residualScore() == null ? null : RiskScore.band(r.residualScore()),
                r.proximity(),
                r.response(),
                r.escalate(),
                RiskScore.forBoard(r.status(), score, r.escalate(), tolerance),
                r.nextReview(),
                r.status() == RiskStatus.OPEN && r.nextReview().isBefore(today),
                r.status(),
                names.get(r.raisedBy()),
                r.raisedAt(),
                r.status() == RiskStatus.OPEN && mayReview(access, r),
                r.history().stream()
                        .map(v -> new RiskView.ReviewView(
                                v.reviewedOn(),
                                names.get(v.reviewerId()),
                                v.likelihood(),
                                v.impact(),
                                RiskScore.of(v.likelihood(), v.impact()),
                                v.residualLikelihood() == null
                                        ? null
                                        : RiskScore.of(v.residualLikelihood(), v.residualImpact()),
                                v.note()))
                        .toList(),
                actions(access, r, names, today));
    }

    private static List<RiskView.ActionView> actions(Access access, Risk r, Map<Long, String> names, LocalDate today) {
        var all = r.actions();
        boolean open = access.open() && r.status() == RiskStatus.OPEN;
        boolean reviews = mayReview(access, r);
        long me = access.user().personId();
        return java.util.stream.IntStream.range(0, all.size())
                .mapToObj(i -> {
                    var a = all.get(i);
                    return new RiskView.ActionView(
                            i + 1,
                            a.description(),
                            a.ownerId(),
                            names.get(a.ownerId()),
                            a.due(),
                            a.doneOn(),
                            a.doneOn() == null && a.due().isBefore(today),
                            open && a.doneOn() == null && (reviews || (access.participates() && a.ownerId() == me)));
                })
                .toList();
    }
}
