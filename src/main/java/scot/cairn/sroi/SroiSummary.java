package scot.cairn.sroi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An analysis in a list, with the ratio stored at its last calculation (null before the first, or when nothing was
 * invested) and whether the measurements behind it have changed since.
 */
public record SroiSummary(
        long id,
        String title,
        AnalysisType kind,
        LocalDate periodFrom,
        LocalDate periodTo,
        AnalysisStatus status,
        BigDecimal ratio,
        Instant calculatedAt,
        boolean outOfDate) {}
