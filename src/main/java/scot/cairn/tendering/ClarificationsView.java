package scot.cairn.tendering;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A tender's clarification questions as the reader may see them: a provider sees the published ones (the question as
 * worded for everyone, and the answer) and its own organisation's questions waiting for an answer; those who write
 * tenders see every question with the organisation that asked it.
 *
 * @param deadline noon, Scottish time, on the clarification deadline
 * @param asking whether the deadline is still to come
 * @param mayAsk whether the reader may ask a question now
 */
public record ClarificationsView(
        List<ClarificationView> clarifications, ZonedDateTime deadline, boolean asking, boolean mayAsk) {

    /**
     * One question, C-1, C-2...
     *
     * @param organisation the organisation that asked, for those who write tenders only; null for everyone else
     * @param question the question as asked, for its own organisation and those who write tenders; null for others
     * @param mayAnswer whether the reader may answer it now
     */
    public record ClarificationView(
            long id,
            int version,
            String reference,
            String organisation,
            String question,
            ZonedDateTime askedAt,
            String publicQuestion,
            String answer,
            ZonedDateTime publishedAt,
            boolean mayAnswer) {}
}
