package scot.cairn.engagement;

import java.time.Instant;
import java.util.List;
import scot.cairn.consultation.ThemeService;
import scot.cairn.partnership.Stage;

/**
 * What anyone sees of a partnership that has turned its public page on: its aims and stage, and only what it
 * published (sent bulletins, published answers to enquiries, published "you said, we did"). Nothing about its
 * members, its drafts or who asked what.
 */
public record PublicPartnership(
        long id,
        String title,
        String region,
        String aims,
        Stage stage,
        boolean takesEnquiries,
        List<PublicBulletin> bulletins,
        List<PublicAnswer> answers,
        List<ThemeService.Published> youSaidWeDid,
        List<PublicSection.Shown> sections) {

    public record PublicBulletin(String reference, String title, String body, Instant sentAt) {}

    public record PublicAnswer(String reference, String question, String answer, Instant publishedAt) {}
}
