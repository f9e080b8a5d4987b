package scot.cairn.risk;

import java.time.LocalDate;

/**
 * A risk or issue as raised or changed; residual likelihood and impact (after the response) come together or not at
 * all. {@code status} is read only on changes (a new item is open).
 */
public record RiskDetails(
        RiskKind kind,
        String title,
        String description,
        RiskCategory category,
        Long ownerId,
        Integer likelihood,
        Integer impact,
        Proximity proximity,
        RiskResponse response,
        Integer residualLikelihood,
        Integer residualImpact,
        boolean escalate,
        LocalDate nextReview,
        RiskStatus status) {}
