package scot.cairn.tendering;

import java.time.LocalDate;
import scot.cairn.platform.Labelled;

/**
 * A published tender the reader's organisation expressed interest in, as the provider's own list shows it: whether
 * the organisation sent a bid and where the tender stands, so a provider finds its bid, receipts and debrief after
 * the deadline. Nothing about other bidders.
 */
public record InterestedTender(
        long partnershipId,
        long tenderId,
        String reference,
        String title,
        String partnershipTitle,
        LocalDate due,
        boolean bidSent,
        Stage stage) {

    /**
     * Taking bids until the deadline, closed while the bids are opened and evaluated, then awarded: to the reader's
     * organisation (for one lot at least) or to others.
     */
    public enum Stage implements Labelled {
        TAKING_BIDS,
        CLOSED,
        AWARDED_TO_YOU,
        AWARDED_ELSEWHERE;

        @Override
        public String labelKey() {
            return "tendering.interested.stage." + name();
        }
    }
}
