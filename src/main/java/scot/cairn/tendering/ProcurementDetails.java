package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The expected procurement as entered: what it is called, its estimated value and the currency of that value, its
 * CPV code (eight digits, optionally a dash and the check digit), when its contract notice should be published and
 * the contract awarded, and how many months the contract runs.
 */
public record ProcurementDetails(
        String title,
        BigDecimal estimatedValue,
        String currency,
        String cpvCode,
        LocalDate expectedPublication,
        LocalDate expectedAward,
        Integer contractMonths) {}
