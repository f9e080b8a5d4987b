package scot.cairn.sroi;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;

/** Leaving Pilot for Tender needs a signed-off forecast-against-actual review for every completed pilot quarter. */
@Component
class ReviewGate implements GateCriterion {

    static final String NAME = "sroi.gate.review";

    private final PilotDates pilots;
    private final SroiReviewRepository reviews;
    private final MessageSource messages;

    ReviewGate(PilotDates pilots, SroiReviewRepository reviews, MessageSource messages) {
        this.pilots = pilots;
        this.reviews = reviews;
        this.messages = messages;
    }

    @Override
    public String where(long partnershipId) {
        return "/partnerships/" + partnershipId + "/sroi/reviews";
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.PILOT;
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        if (pilots.pilot(partnershipId).start() == null) {
            return CriterionResult.notMet(words(NAME), words("sroi.gate.noPilotStart"));
        }
        var completed = pilots.completed(partnershipId);
        var signed = reviews.findByPartnershipIdOrderByQuarterDesc(partnershipId).stream()
                .filter(r -> r.status() == ReviewStatus.SIGNED_OFF)
                .map(SroiReview::quarter)
                .toList();
        List<scot.cairn.outcome.Period> missing =
                completed.stream().filter(q -> !signed.contains(q)).toList();
        if (completed.isEmpty()) {
            return CriterionResult.notMet(words(NAME), words("sroi.gate.noQuarterEnded"));
        }
        if (missing.isEmpty()) {
            return CriterionResult.met(words(NAME), words("sroi.gate.reviewMet", completed.size()));
        }
        return CriterionResult.notMet(
                words(NAME), words("sroi.gate.reviewNotMet", missing.size(), words(PilotQuarters.list(missing, 12))));
    }

    /** The gate page's words in the reader's language. */
    private String words(String key, Object... args) {
        return words(Message.of(key, args));
    }

    private String words(Message message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }
}
