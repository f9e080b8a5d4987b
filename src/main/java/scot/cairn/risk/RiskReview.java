package scot.cairn.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One review of a risk, kept for good: who reviewed it, on which day, and the scores it found. */
@Table("risk_review")
record RiskReview(
        LocalDate reviewedOn,
        long reviewerId,
        int likelihood,
        int impact,
        Integer residualLikelihood,
        Integer residualImpact,
        String note,
        Instant recordedAt) {}
