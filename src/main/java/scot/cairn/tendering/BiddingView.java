package scot.cairn.tendering;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A published tender as a bidder sees it: the tender, its questions, when bids are due, and for the bidder's
 * organisation whether it has expressed interest and the receipts of what it sent. Nothing about other bidders.
 *
 * @param deadline noon, Scottish time, on the day bids are due
 * @param open whether bids are still taken (the deadline has not passed, by the server's clock)
 * @param refusal why this person may not bid (a bundle key), or null when they may
 * @param bidVersion the version of the organisation's bid, to send with a replacement; null before the first
 * @param debriefs the organisation's debriefs, once the board has approved awards of lots it bid for
 */
public record BiddingView(
        long partnershipId,
        String partnershipTitle,
        TenderView tender,
        List<Question> questions,
        ZonedDateTime deadline,
        boolean open,
        boolean interested,
        String refusal,
        Integer bidVersion,
        List<Receipt> receipts,
        List<Debrief> debriefs) {

    /** A question as bidders read it: its words and weight, without the evaluators' guidance. */
    public record Question(String reference, QuestionCriterion criterion, String text, int weight) {}

    /** What was received and when: kept for every bid sent, the replaced ones too. */
    public record Receipt(ZonedDateTime receivedAt, String sha256, long size) {}
}
