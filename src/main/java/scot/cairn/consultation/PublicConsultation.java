package scot.cairn.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * What anyone with the link sees: the consultation's words and questions, whether it takes answers today, its other
 * versions, the summary of its results once published (empty until then), and its published "you said, we did".
 */
public record PublicConsultation(
        String title,
        String purpose,
        String support,
        boolean anonymous,
        LocalDate closes,
        List<ConsultationView.QuestionView> questions,
        boolean takesAnswers,
        boolean partnershipClosed,
        List<ConsultationFiles.FileView> files,
        List<ResultsView.QuestionResult> summary,
        long summaryResponses,
        List<PublicTheme> youSaidWeDid) {

    /** A published theme: what people said, the partnership's response and what changed. */
    public record PublicTheme(String name, String said, String response, String change) {}
}
