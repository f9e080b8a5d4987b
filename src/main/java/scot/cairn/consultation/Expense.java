package scot.cairn.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/** A participant's expense claim (E-1, E-2... in a consultation), decided once by someone who did not record it. */
@Table("consultation_expense")
class Expense {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long consultationId;
    private final int number;
    private final String claimant;
    private final ExpenseKind kind;
    private final BigDecimal amount;
    private final LocalDate incurredOn;
    private final String note;
    private ExpenseStatus status;
    private final long recordedBy;
    private Long decidedBy;
    private Instant decidedAt;
    private String reason;

    @PersistenceCreator
    Expense(
            Long id,
            Integer version,
            long consultationId,
            int number,
            String claimant,
            ExpenseKind kind,
            BigDecimal amount,
            LocalDate incurredOn,
            String note,
            ExpenseStatus status,
            long recordedBy,
            Long decidedBy,
            Instant decidedAt,
            String reason) {
        this.id = id;
        this.version = version;
        this.consultationId = consultationId;
        this.number = number;
        this.claimant = claimant;
        this.kind = kind;
        this.amount = amount;
        this.incurredOn = incurredOn;
        this.note = note;
        this.status = status;
        this.recordedBy = recordedBy;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reason = reason;
    }

    static Expense claim(long consultationId, int number, ExpenseDetails d, long recordedBy) {
        return new Expense(
                null,
                null,
                consultationId,
                number,
                d.claimant().strip(),
                d.kind(),
                d.amount(),
                d.incurredOn(),
                ConsultationInput.blankToNull(d.note()),
                ExpenseStatus.WAITING,
                recordedBy,
                null,
                null,
                null);
    }

    void decide(boolean approve, String why, long by, Instant at) {
        new InvalidInputException.Collector()
                .rejectIf(status != ExpenseStatus.WAITING, "", "consultation.expense.decided")
                .rejectIf(by == recordedBy, "", "consultation.expense.ownClaim")
                .rejectIf(!approve && ConsultationInput.blank(why), "reason", "consultation.expense.reasonMissing")
                .rejectIf(ConsultationInput.tooLong(why, 500), "reason", "consultation.expense.noteTooLong", 500)
                .throwIfAny();
        this.status = approve ? ExpenseStatus.APPROVED : ExpenseStatus.REFUSED;
        this.reason = ConsultationInput.blankToNull(why);
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    int number() {
        return number;
    }

    String claimant() {
        return claimant;
    }

    ExpenseKind kind() {
        return kind;
    }

    BigDecimal amount() {
        return amount;
    }

    LocalDate incurredOn() {
        return incurredOn;
    }

    String note() {
        return note;
    }

    ExpenseStatus status() {
        return status;
    }

    long recordedBy() {
        return recordedBy;
    }

    Long decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String reason() {
        return reason;
    }
}
