package scot.cairn.consultation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim as recorded: who claims, for what, how much, when it was spent, and a note. */
public record ExpenseDetails(String claimant, ExpenseKind kind, BigDecimal amount, LocalDate incurredOn, String note) {}
