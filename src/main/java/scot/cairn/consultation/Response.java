package scot.cairn.consultation;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person's answers to a consultation, never changed once given. {@code recordedBy} is the team member who entered
 * it (null online); {@code onBehalfOf} the person without an email address it was recorded for, if any.
 */
@Table("consultation_response")
class Response {

    /** An answer in words or a rating, to the question at {@code position} (from 0). */
    @Table("consultation_answer")
    record Answer(int position, long consultationId, String text, Integer rating) {}

    /** An option chosen (from 0) in the question at {@code position} (from 0). */
    @Table("consultation_choice")
    record Choice(int position, int optionIndex, long consultationId) {}

    @Id
    private final Long id;

    private final long consultationId;
    private final Instant receivedAt;
    private final Channel channel;
    private final String respondent;
    private final Long onBehalfOf;
    private final Long recordedBy;

    @MappedCollection(idColumn = "response_id")
    private final Set<Answer> answers;

    @MappedCollection(idColumn = "response_id")
    private final Set<Choice> choices;

    @PersistenceCreator
    Response(
            Long id,
            long consultationId,
            Instant receivedAt,
            Channel channel,
            String respondent,
            Long onBehalfOf,
            Long recordedBy,
            Set<Answer> answers,
            Set<Choice> choices) {
        this.id = id;
        this.consultationId = consultationId;
        this.receivedAt = receivedAt;
        this.channel = channel;
        this.respondent = respondent;
        this.onBehalfOf = onBehalfOf;
        this.recordedBy = recordedBy;
        this.answers = new HashSet<>(answers == null ? Set.of() : answers);
        this.choices = new HashSet<>(choices == null ? Set.of() : choices);
    }

    static Response given(
            long consultationId,
            Instant at,
            Channel channel,
            String respondent,
            Long onBehalfOf,
            Long recordedBy,
            Set<Answer> answers,
            Set<Choice> choices) {
        return new Response(null, consultationId, at, channel, respondent, onBehalfOf, recordedBy, answers, choices);
    }

    Long id() {
        return id;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Channel channel() {
        return channel;
    }

    String respondent() {
        return respondent;
    }

    Long onBehalfOf() {
        return onBehalfOf;
    }

    Long recordedBy() {
        return recordedBy;
    }
}
