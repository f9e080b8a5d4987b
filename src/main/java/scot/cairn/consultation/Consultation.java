package scot.cairn.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * A consultation of the people who use the service. Its questions change only while it is a draft, so every answer
 * was given to the questions as they are; once open it has a link that anyone can answer at until it closes.
 */
@Table("consultation_consultation")
class Consultation {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long partnershipId;
    private final int number;
    private String title;
    private String purpose;
    private String audience;
    private String methods;
    private LocalDate opens;
    private LocalDate closes;
    private String support;
    private boolean anonymous;
    private ConsultationStatus status;
    private String linkToken;
    private Instant openedAt;
    private Instant closedAt;
    private java.math.BigDecimal budget;

    @MappedCollection(idColumn = "consultation_id", keyColumn = "position")
    private final List<Question> questions;

    @PersistenceCreator
    Consultation(
            Long id,
            Integer version,
            long partnershipId,
            int number,
            String title,
            String purpose,
            String audience,
            String methods,
            LocalDate opens,
            LocalDate closes,
            String support,
            boolean anonymous,
            ConsultationStatus status,
            String linkToken,
            Instant openedAt,
            Instant closedAt,
            java.math.BigDecimal budget,
            List<Question> questions) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.title = title;
        this.purpose = purpose;
        this.audience = audience;
        this.methods = methods;
        this.opens = opens;
        this.closes = closes;
        this.support = support;
        this.anonymous = anonymous;
        this.status = status;
        this.linkToken = linkToken;
        this.openedAt = openedAt;
        this.closedAt = closedAt;
        this.budget = budget;
        this.questions = new ArrayList<>(questions == null ? List.of() : questions);
    }

    static Consultation draft(long partnershipId, int number, ConsultationDetails d) {
        var c = new Consultation(
                null,
                null,
                partnershipId,
                number,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                ConsultationStatus.DRAFT,
                null,
                null,
                null,
                null,
                List.of());
        c.describe(d);
        return c;
    }

    /** Changes what the consultation is; refused once it has closed. Anonymity is fixed once it opens. */
    void describe(ConsultationDetails d) {
        requireNotClosed();
        if (status == ConsultationStatus.OPEN && d.anonymous() != anonymous) {
            throw InvalidInputException.of("anonymous", "consultation.anonymousFixed");
        }
        this.title = d.title().strip();
        this.purpose = ConsultationInput.blankToNull(d.purpose());
        this.audience = ConsultationInput.blankToNull(d.audience());
        this.methods = d.methods() == null || d.methods().isEmpty()
                ? null
                : d.methods().stream().sorted().map(Method::name).collect(Collectors.joining(","));
        this.opens = d.opens();
        this.closes = d.closes();
        this.support = ConsultationInput.blankToNull(d.support());
        this.anonymous = d.anonymous();
    }

    void addQuestion(Question q) {
        requireDraft();
        ConsultationLimits.QUESTIONS.check("text", questions.size() + 1);
        questions.add(q);
    }

    void removeQuestion(int index) {
        requireDraft();
        if (index < 0 || index >= questions.size()) {
            throw new scot.cairn.platform.NotFoundException("Question");
        }
        questions.remove(index);
    }

    void open(String token, Instant at, LocalDate today) {
        requireDraft();
        new InvalidInputException.Collector()
                .rejectIf(questions.isEmpty(), "", "consultation.open.noQuestions")
                .rejectIf(closes == null, "closes", "consultation.open.noCloseDate")
                .rejectIf(closes != null && closes.isBefore(today), "closes", "consultation.open.closesPast")
                .throwIfAny();
        this.status = ConsultationStatus.OPEN;
        this.linkToken = token;
        this.openedAt = at;
        if (opens == null || opens.isAfter(today)) {
            this.opens = today;
        }
    }

    void close(Instant at) {
        if (status != ConsultationStatus.OPEN) {
            throw InvalidInputException.of("", "consultation.close.notOpen");
        }
        this.status = ConsultationStatus.CLOSED;
        this.closedAt = at;
    }

    /** Whether answers are taken today: open, and not past its closing date. */
    boolean takesAnswers(LocalDate today) {
        return status == ConsultationStatus.OPEN && (closes == null || !today.isAfter(closes));
    }

    private void requireDraft() {
        if (status != ConsultationStatus.DRAFT) {
            throw InvalidInputException.of("", "consultation.questions.fixed");
        }
    }

    private void requireNotClosed() {
        if (status == ConsultationStatus.CLOSED) {
            throw InvalidInputException.of("", "consultation.closed");
        }
    }

    /** Sets the budget for participants' expenses; never below what is already approved. */
    void budget(java.math.BigDecimal amount, java.math.BigDecimal approved) {
        if (amount != null && amount.compareTo(approved) < 0) {
            throw InvalidInputException.of("budget", "consultation.expense.budgetBelowApproved", approved);
        }
        this.budget = amount;
    }

    java.math.BigDecimal budget() {
        return budget;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long partnershipId() {
        return partnershipId;
    }

    int number() {
        return number;
    }

    String title() {
        return title;
    }

    String purpose() {
        return purpose;
    }

    String audience() {
        return audience;
    }

    Set<Method> methods() {
        var set = EnumSet.noneOf(Method.class);
        if (methods != null) {
            Arrays.stream(methods.split(",")).map(Method::valueOf).forEach(set::add);
        }
        return set;
    }

    LocalDate opens() {
        return opens;
    }

    LocalDate closes() {
        return closes;
    }

    String support() {
        return support;
    }

    boolean anonymous() {
        return anonymous;
    }

    ConsultationStatus status() {
        return status;
    }

    String linkToken() {
        return linkToken;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    List<Question> questions() {
        return List.copyOf(questions);
    }
}
