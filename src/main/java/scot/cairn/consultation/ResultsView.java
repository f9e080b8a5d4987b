package scot.cairn.consultation;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What people said: per question how many answered and, by kind, how many chose each option, how many gave each rating
 * with the average, or the latest free-text answers; the responses by where they came from; and the latest responses
 * with who recorded them.
 */
public record ResultsView(
        ConsultationView consultation,
        long responses,
        Map<Channel, Long> byChannel,
        List<QuestionResult> questions,
        List<ResponseLine> latest) {

    public record QuestionResult(
            int number,
            QuestionKind kind,
            String text,
            long answered,
            List<Count> counts,
            Double average,
            List<String> texts) {}

    /** One option or rating with how many chose it, and the share of those who answered the question (0 to 100). */
    public record Count(String label, long count, int percent) {}

    /**
     * A response: when, where from, who gave it (null when anonymous or not given), who entered it, and for whom.
     */
    public record ResponseLine(
            long id, ZonedDateTime receivedAt, Channel channel, String respondent, String recordedBy, String forWhom) {}
}
