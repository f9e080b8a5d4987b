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
                        id,
                        new ReviewDetails(
                                quarter.toString(),
                                forecast,
                                evaluation,
                                "Fewer residential placements were avoided than forecast (2 rather than 4): two"
                                        + " children with complex needs could not be matched with carers in time,"
                                        + " so the value per pound is lower. Placement stability and carer retention"
                                        + " come from the approved measurements and are close to the forecast."
                                        + " School attendance and carer wellbeing were not yet measured, so they"
                                        + " show no actual value: the partnership will add both indicators before"
                                        + " the next review."),
                        publicMember)
                .id();
        reviews.sign(id, review, reviews.review(id, review, publicMember).version(), publicMember);
        reviews.sign(id, review, reviews.review(id, review, thirdMember).version(), thirdMember);
    }
}
