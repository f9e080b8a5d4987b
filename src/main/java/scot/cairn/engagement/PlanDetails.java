package scot.cairn.engagement;

/**
 * What the communications plan says, as written on its form or sent to the API: the purpose, and the audiences inside
 * and outside the partnership, key messages and channels, each one per line.
 */
public record PlanDetails(
        String purpose, String audiencesInside, String audiencesOutside, String messages, String channels) {}
