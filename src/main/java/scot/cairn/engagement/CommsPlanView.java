package scot.cairn.engagement;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The communications plan as its readers see it. {@code version} is 0 before it was first written. The {@code may...}
 * flags are for the person asking: {@code mayEdit} for the Communications Lead, the Project Manager and managers,
 * {@code mayReview} for members of the communications group.
 */
public record CommsPlanView(
        long partnershipId,
        int version,
        String purpose,
        List<String> audiencesInside,
        List<String> audiencesOutside,
        List<String> messages,
        List<String> channels,
        List<ReviewView> reviews,
        List<ActivityView> activities,
        boolean reviewedSinceChanged,
        boolean mayEdit,
        boolean mayReview) {

    /** A review: who, when, of which version, and what they said. */
    public record ReviewView(String reviewer, ZonedDateTime reviewedAt, int planVersion, String note) {}

    /** An activity; {@code mayMoveOn} when the person asking may change its status (its owner or an editor). */
    public record ActivityView(
            long id,
            int version,
            String reference,
            String title,
            String audience,
            String channel,
            long ownerId,
            String ownerName,
            LocalDate due,
            ActivityStatus status,
            boolean overdue,
            boolean mayMoveOn) {}

    /** The audiences, inside then outside, for an activity's choice. */
    public List<String> audiences() {
        return java.util.stream.Stream.concat(audiencesInside.stream(), audiencesOutside.stream())
                .toList();
    }
}
