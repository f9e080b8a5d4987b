package scot.cairn.consultation;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * A consultation as its page shows it. {@code link} is the path anyone answers at while it is open, or null; {@code
 * mayEdit} says whether the reader may change it, and {@code takesAnswers} whether answers are taken today.
 */
public record ConsultationView(
        long id,
        int version,
        long partnershipId,
        int number,
        String title,
        String purpose,
        String audience,
        Set<Method> methods,
        LocalDate opens,
        LocalDate closes,
        String support,
        boolean anonymous,
        ConsultationStatus status,
        String link,
        ZonedDateTime closedAt,
        List<QuestionView> questions,
        long responses,
        boolean takesAnswers,
        boolean mayEdit) {

    /** A question, numbered from 1, with its options. */
    public record QuestionView(int number, QuestionKind kind, String text, List<String> options, boolean required) {}

    public ConsultationDetails details() {
        return new ConsultationDetails(title, purpose, audience, methods, opens, closes, support, anonymous);
    }

    public boolean draft() {
        return status == ConsultationStatus.DRAFT;
    }
}
