package scot.cairn.outcome.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.cairn.outcome.CheckedRow;
import scot.cairn.outcome.CostFigures.Cost;
import scot.cairn.outcome.ImportPreview;
import scot.cairn.outcome.MeasurementRow;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffView;
import scot.cairn.outcome.SustainabilityView;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Texts;

/**
 * The API's answers that hold words for a person (a row's errors, what a sign-off still needs, why a cost cannot be
 * worked out): the same records the pages use, with each {@link Message} put into the language the request asks for
 * ({@code Accept-Language}). Values such as stages stay stable English enum names.
 */
@Component
class Words {

    private final Texts texts;

    Words(Texts texts) {
        this.texts = texts;
    }

    String of(Message message) {
        return texts.words(message);
    }

    /** A checked row: its errors by field, in words. */
    @Schema(name = "CheckedRow")
    record Row(
            int line,
            MeasurementRow row,
            Long indicatorId,
            Period period,
            BigDecimal value,
            Map<String, String> errors) {}

    /** An upload, checked but not saved. */
    @Schema(name = "ImportPreview")
    record Preview(String importId, long partnershipId, String title, String fileName, List<Row> rows) {}

    Preview of(ImportPreview p) {
        return new Preview(
                p.importId(),
                p.partnershipId(),
                p.title(),
                p.fileName(),
                p.rows().stream().map(this::of).toList());
    }

    private Row of(CheckedRow r) {
        var errors = new LinkedHashMap<String, String>();
        r.errors().forEach((field, message) -> errors.put(field, of(message)));
        return new Row(r.line(), r.row(), r.indicatorId(), r.period(), r.value(), errors);
    }

    /** A period's sign-off, with what it still needs in words. */
    @Schema(name = "SignoffView")
    record Signoff(
            String period,
            int version,
            String submittedBy,
            Instant submittedAt,
            List<SignoffView.Approval> approvals,
            Instant approvedAt,
            String stillNeeded,
            Instant reopenedAt) {}

    Signoff of(SignoffView s) {
        return new Signoff(
                s.period(),
                s.version(),
                s.submittedBy(),
                s.submittedAt(),
                s.approvals(),
                s.approvedAt(),
                of(s.stillNeeded()),
                s.reopenedAt());
    }

    /** A worked-out cost, or why it cannot be worked out, in words. */
    @Schema(name = "Cost")
    record CostWords(BigDecimal value, String cannot, String how) {}

    /** The sustainability evidence with its costs. */
    @Schema(name = "SustainabilityView")
    record Evidence(
            long partnershipId,
            String title,
            Stage stage,
            boolean editable,
            Integer version,
            BigDecimal pilotBudget,
            Integer participants,
            String viability,
            String funderNeeds,
            List<SustainabilityView.Metric> metrics,
            String updatedBy,
            Instant updatedAt,
            List<SustainabilityView.OutcomeResult> outcomes,
            CostWords costPerParticipant,
            CostWords costPerOutcome) {}

    Evidence of(SustainabilityView s) {
        return new Evidence(
                s.partnershipId(),
                s.title(),
                s.stage(),
                s.editable(),
                s.version(),
                s.pilotBudget(),
                s.participants(),
                s.viability(),
                s.funderNeeds(),
                s.metrics(),
                s.updatedBy(),
                s.updatedAt(),
                s.outcomes(),
                of(s.costPerParticipant()),
                of(s.costPerOutcome()));
    }

    private CostWords of(Cost c) {
        return new CostWords(c.value(), of(c.cannot()), of(c.how()));
    }
}
