package scot.cairn.tendering;

import java.time.ZonedDateTime;

/**
 * The opening of a tender's sealed bids as its page shows it: before the deadline nothing but the deadline; after it,
 * who began and who completed the opening; once complete, how many bids there were.
 *
 * @param due whether the deadline has passed, by the server's clock
 * @param bids how many bids were opened, or null while they are sealed
 * @param mayOpen whether the reader may begin or complete the opening now
 * @param mayRead whether the reader may read the opened bids
 * @param mayEvaluate whether the reader has the evaluation page: they appoint evaluators or are one
 */
public record OpeningView(
        ZonedDateTime deadline,
        boolean due,
        String firstBy,
        ZonedDateTime firstAt,
        String secondBy,
        ZonedDateTime secondAt,
        Integer bids,
        boolean mayOpen,
        boolean mayRead,
        boolean mayEvaluate) {

    public boolean opened() {
        return bids != null;
    }
}
