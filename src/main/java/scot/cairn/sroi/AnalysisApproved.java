package scot.cairn.sroi;

import java.math.BigDecimal;
import java.time.Instant;

/** The board approved an SROI analysis, which is now locked; {@code ratio} is its value per pound invested. */
public record AnalysisApproved(long partnershipId, long analysisId, AnalysisType kind, BigDecimal ratio, Instant at) {}
