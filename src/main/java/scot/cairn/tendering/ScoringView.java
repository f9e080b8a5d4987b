package scot.cairn.tendering;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One question of an opened tender, bid by bid: for an evaluator, each bid's answer with their own score; for an
 * officer moderating, every evaluator's score and justification and the moderated score.
 */
public record ScoringView(
        long questionId,
        String reference,
        String text,
        String guidance,
        int weight,
        boolean evaluator,
        boolean officer,
        int scaleMax,
        List<BidScores> bids) {

    /**
     * A bid's answer and its scores.
     *
     * @param mine the reader's own score, or null
     * @param scores every evaluator's score, for officers only (empty for an evaluator)
     * @param moderated the moderated score, or null
     * @param mayModerate whether the reader may moderate it now (every evaluator has scored it)
     */
    public record BidScores(
            long bidId,
            String bidder,
            String answer,
            Score mine,
            List<Score> scores,
            Moderated moderated,
            boolean mayScore,
            boolean mayModerate) {}

    /** An evaluator's score with its justification and the version to change it with. */
    public record Score(String evaluator, int score, String justification, ZonedDateTime at, int version) {}

    /** A moderated score with its reason and the version to change it with. */
    public record Moderated(int score, String reason, String by, ZonedDateTime at, int version) {}
}
