package scot.cairn.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partnership's communications plan: what its communications are for, its audiences (inside and outside the
 * partnership), key messages and channels, each kept in the order written, and the reviews the communications group
 * recorded, each naming the version of the plan it read. At most {@link EngagementLimits} of each.
 */
@Table("engagement_plan")
class CommsPlan {

    /** An audience, and whether it is outside the partnership (providers, the public, other services). */
    @Table("engagement_audience")
    record Audience(String name, boolean outside) {}

    @Table("engagement_message")
    record KeyMessage(String text) {}

    @Table("engagement_channel")
    record Channel(String name) {}

    /** A review by a member of the communications group of the plan as it was at {@code planVersion}. */
    @Table("engagement_review")
    record Review(long personId, Instant reviewedAt, int planVersion, String note) {}

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private String purpose;

    @MappedCollection(idColumn = "plan_id", keyColumn = "position")
    private final List<Audience> audiences;

    @MappedCollection(idColumn = "plan_id", keyColumn = "position")
    private final List<KeyMessage> messages;

    @MappedCollection(idColumn = "plan_id", keyColumn = "position")
    private final List<Channel> channels;

    @MappedCollection(idColumn = "plan_id", keyColumn = "position")
    private final List<Review> reviews;

    @PersistenceCreator
    CommsPlan(
            Long id,
            Integer version,
            Long partnershipId,
            String purpose,
            List<Audience> audiences,
            List<KeyMessage> messages,
            List<Channel> channels,
            List<Review> reviews) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.purpose = purpose;
        this.audiences = audiences == null ? new ArrayList<>() : new ArrayList<>(audiences);
        this.messages = messages == null ? new ArrayList<>() : new ArrayList<>(messages);
        this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
        this.reviews = reviews == null ? new ArrayList<>() : new ArrayList<>(reviews);
    }

    /** The empty plan every partnership starts with. */
    static CommsPlan empty(long partnershipId) {
        return new CommsPlan(null, null, partnershipId, null, List.of(), List.of(), List.of(), List.of());
    }

    /** Replaces what the plan says; the details must have passed {@link PlanInput}. */
    void write(String purpose, List<Audience> audiences, List<String> messages, List<String> channels) {
        this.purpose = purpose;
        this.audiences.clear();
        this.audiences.addAll(audiences);
        this.messages.clear();
        messages.forEach(m -> this.messages.add(new KeyMessage(m)));
        this.channels.clear();
        channels.forEach(c -> this.channels.add(new Channel(c)));
    }

    /** Records a review of the plan as it is now; the oldest goes once {@link EngagementLimits#REVIEWS} are kept. */
    void review(long personId, Instant at, String note) {
        if (reviews.size() >= EngagementLimits.REVIEWS.max()) {
            reviews.remove(0);
        }
        reviews.add(new Review(personId, at, version == null ? 0 : version, note));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    Long partnershipId() {
        return partnershipId;
    }

    String purpose() {
        return purpose;
    }

    List<Audience> audiences() {
        return List.copyOf(audiences);
    }

    List<KeyMessage> messages() {
        return List.copyOf(messages);
    }

    List<Channel> channels() {
        return List.copyOf(channels);
    }

    List<Review> reviews() {
        return List.copyOf(reviews);
    }
}
