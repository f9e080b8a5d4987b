package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract record as corrected before it is concluded.
 *
 * @param scale the supplier's size, as it declared it
 * @param value the contract's value in pounds
 * @param commitments the supplier's community benefit commitments, one to a line
 * @param kpis the key performance indicators the contract is managed by, one to a line
 */
public record ContractDetails(
        SupplierScale scale,
        BigDecimal value,
        LocalDate startDate,
        LocalDate endDate,
        String commitments,
        String kpis) {}
