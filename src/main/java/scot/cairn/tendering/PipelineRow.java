package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One expected procurement in the programme-wide pipeline.
 *
 * @param financialYear the financial year of the expected publication, as "2026-27" (years run from 1 April)
 */
public record PipelineRow(
        long partnershipId,
        String partnership,
        String leadPartner,
        String title,
        BigDecimal estimatedValue,
        String currency,
        String cpvCode,
        LocalDate expectedPublication,
        LocalDate expectedAward,
        int contractMonths,
        String financialYear) {}
