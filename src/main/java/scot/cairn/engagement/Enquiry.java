package scot.cairn.engagement;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * A question to the partnership (Q-1, Q-2...) from anyone, with its answer. Invariants: it is answered once; only an
 * answered enquiry is published, with the question as the team worded it for everyone (without who asked); a
 * published one stays as published.
 */
@Table("engagement_enquiry")
class Enquiry {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final int number;
    private final String askedBy;
    private final String email;
    private final String organisationName;
    private Long organisationId;
    private final String question;
    private final EnquiryChannel channel;
    private final Instant receivedAt;
    private final LocalDate dueOn;
    private final Long recordedBy;
    private Long assigneeId;
    private String answer;
    private Long answeredBy;
    private Instant answeredAt;
    private String publicQuestion;
    private Instant publishedAt;

    @PersistenceCreator
    Enquiry(
            Long id,
            Integer version,
            Long partnershipId,
            int number,
            String askedBy,
            String email,
            String organisationName,
            Long organisationId,
            String question,
            EnquiryChannel channel,
            Instant receivedAt,
            LocalDate dueOn,
            Long recordedBy,
            Long assigneeId,
            String answer,
            Long answeredBy,
            Instant answeredAt,
            String publicQuestion,
            Instant publishedAt) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.askedBy = askedBy;
        this.email = email;
        this.organisationName = organisationName;
        this.organisationId = organisationId;
        this.question = question;
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.dueOn = dueOn;
        this.recordedBy = recordedBy;
        this.assigneeId = assigneeId;
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.publicQuestion = publicQuestion;
        this.publishedAt = publishedAt;
    }

    /** A question received; {@code recordedBy} is null when it came through the public form. */
    static Enquiry received(
            long partnershipId,
            int number,
            String askedBy,
            String email,
            String organisationName,
            Long organisationId,
            String question,
            EnquiryChannel channel,
            Instant receivedAt,
            LocalDate dueOn,
            Long recordedBy) {
        return new Enquiry(
                null,
                null,
                partnershipId,
                number,
                askedBy,
                email,
                organisationName,
                organisationId,
                question,
                channel,
                receivedAt,
                dueOn,
                recordedBy,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    void assign(Long personId, Long organisation) {
        this.assigneeId = personId;
        this.organisationId = organisation;
    }

    void answer(String words, long by, Instant at) {
        if (answeredAt != null) {
            throw InvalidInputException.of("answer", "engagement.enquiry.alreadyAnswered");
        }
        this.answer = words;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    void publish(String asked, Instant at) {
        if (answeredAt == null) {
            throw InvalidInputException.of("publicQuestion", "engagement.enquiry.notAnswered");
        }
        if (publishedAt != null) {
            throw InvalidInputException.of("publicQuestion", "engagement.enquiry.alreadyPublished");
        }
        this.publicQuestion = asked;
        this.publishedAt = at;
    }

    String reference() {
        return "Q-" + number;
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

    String askedBy() {
        return askedBy;
    }

    String email() {
        return email;
    }

    String organisationName() {
        return organisationName;
    }

    Long organisationId() {
        return organisationId;
    }

    String question() {
        return question;
    }

    EnquiryChannel channel() {
        return channel;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    Long recordedBy() {
        return recordedBy;
    }

    Long assigneeId() {
        return assigneeId;
    }

    String answer() {
        return answer;
    }

    Long answeredBy() {
        return answeredBy;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    String publicQuestion() {
        return publicQuestion;
    }

    Instant publishedAt() {
        return publishedAt;
    }
}
