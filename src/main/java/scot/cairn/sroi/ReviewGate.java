package scot.cairn.sroi;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.Stage;

/** Leaving Pilot for Tender needs a signed-off forecast-against-actual review for every completed pilot quarter. */
@Component
class ReviewGate implements GateCriterion {

    static final String NAME = "An evaluative review is signed off for every completed pilot quarter";

    private final PilotDates pilots;
    private final SroiReviewRepository reviews;

    ReviewGate(PilotDates pilots, SroiReviewRepository reviews) {
        this.pilots = pilots;
        this.reviews = reviews;
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.PILOT;
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        if (pilots.pilot(partnershipId).start() == null) {
            return CriterionResult.notMet(
                    NAME, "The pilot stage has no start date yet, so its quarters are not known.");
        }
        var completed = pilots.completed(partnershipId);
        var signed = reviews.findByPartnershipIdOrderByQuarterDesc(partnershipId).stream()
                .filter(r -> r.status() == ReviewStatus.SIGNED_OFF)
                .map(SroiReview::quarter)
                .toList();
        List<scot.cairn.outcome.Period> missing =
                completed.stream().filter(q -> !signed.contains(q)).toList();
        if (completed.isEmpty()) {
            return CriterionResult.notMet(
                    NAME, "No pilot quarter has ended yet: the pilot needs at least one reviewed quarter to show.");
        }
        if (missing.isEmpty()) {
            return CriterionResult.met(
                    NAME,
                    "The board has signed off a review for each of the " + completed.size()
                            + (completed.size() == 1 ? " completed pilot quarter." : " completed pilot quarters."));
        }
        return CriterionResult.notMet(
                NAME,
                "Still needs a signed-off review for " + (missing.size() == 1 ? "quarter " : "quarters ")
                        + PilotQuarters.list(missing, 12) + ".");
    }
}
