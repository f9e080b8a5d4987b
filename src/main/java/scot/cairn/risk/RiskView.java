package scot.cairn.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A risk or issue as a reader sees it, with its scores, whether the board must see it and its reviews latest first.
 * Names are null for someone no longer in the partnership (pages say so in words).
 */
public record RiskView(
        long id,
        int version,
        int number,
        String reference,
        RiskKind kind,
        String title,
        String description,
        RiskCategory category,
        long ownerId,
        String ownerName,
        int likelihood,
        int impact,
        int score,
        RiskScore.Band band,
        Integer residualLikelihood,
        Integer residualImpact,
        Integer residualScore,
        RiskScore.Band residualBand,
        Proximity proximity,
        RiskResponse response,
        boolean escalate,
        boolean forBoard,
        LocalDate nextReview,
        boolean reviewOverdue,
        RiskStatus status,
        String raisedByName,
        Instant raisedAt,
        boolean mayReview,
        List<ReviewView> reviews,
        List<ActionView> actions) {

    /**
     * Action {@code number} (1 for the first) of the item; {@code doneOn} is null until it is done; {@code mayComplete}
     * says whether the viewer may mark it done now.
     */
    public record ActionView(
            int number,
            String description,
            long ownerId,
            String ownerName,
            LocalDate due,
            LocalDate doneOn,
            boolean overdue,
            boolean mayComplete) {}

    public record ReviewView(
            LocalDate reviewedOn,
            String reviewerName,
            int likelihood,
            int impact,
            int score,
            Integer residualScore,
            String note) {}
}
