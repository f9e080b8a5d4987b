package scot.cairn.demo;

import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.Period;
import scot.cairn.sroi.ReviewDetails;
import scot.cairn.sroi.ReviewService;

/**
 * A forecast-against-actual review for the Falkirk foster-care PSP: its approved forecast beside its evaluation of the
 * last four quarters, for the quarter the evaluation ends in, signed off by the council (public) and the CVS (third).
 */
@Component
class DemoReviews {

    /** What the board wrote, agreeing with the review's own table of figures. */
    static final String NOTE = "Fewer residential placements were avoided than forecast (2 rather than 4): two children"
            + " with complex needs could not be matched with carers in time, so the value per pound is lower."
            + " Stable placements (45 rather than 6) and carers retained (54 rather than 5) are far above the"
            + " forecast because the evaluation takes every placement and carer from the approved measurements, while"
            + " the forecast counted only the extra ones the pilot adds: the next evaluation will count only the"
            + " change from the baseline. School attendance and carer wellbeing were not yet measured, so they show"
            + " no actual value: the partnership will add both indicators before the next review.";

    private final ReviewService reviews;

    DemoReviews(ReviewService reviews) {
        this.reviews = reviews;
    }

    void fosterCare(
            long id,
            CurrentUser publicMember,
            CurrentUser thirdMember,
            long forecast,
            long evaluation,
            Period quarter) {
        long review = reviews.create(
                        id, new ReviewDetails(quarter.toString(), forecast, evaluation, NOTE), publicMember)
                .id();
        reviews.sign(id, review, reviews.review(id, review, publicMember).version(), publicMember);
        reviews.sign(id, review, reviews.review(id, review, thirdMember).version(), thirdMember);
    }
}
