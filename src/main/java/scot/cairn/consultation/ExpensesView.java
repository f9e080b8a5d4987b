package scot.cairn.consultation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A consultation's budget for participants' expenses and its claims: approved and waiting totals, what is left
 * (null without a budget), and what the reader may do.
 */
public record ExpensesView(
        ConsultationView consultation,
        BigDecimal budget,
        BigDecimal approved,
        BigDecimal waiting,
        BigDecimal left,
        List<ExpenseView> claims,
        boolean mayRecord,
        boolean mayDecide) {

    /** A claim; {@code decidable} when the reader may approve or refuse it now. */
    public record ExpenseView(
            long id,
            int version,
            String reference,
            String claimant,
            ExpenseKind kind,
            BigDecimal amount,
            LocalDate incurredOn,
            String note,
            ExpenseStatus status,
            String recordedBy,
            String decidedBy,
            ZonedDateTime decidedAt,
            String reason,
            boolean decidable) {}
}
