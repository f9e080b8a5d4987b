package scot.cairn.tendering;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * A tender (T-1, T-2...) drawn from a version of the approved specification. Invariants: a title and a procedure; the
 * award criteria's weights are whole percentages adding up to 100, quality counts and price is never the only
 * criterion; the timetable runs publication, clarification deadline, bid deadline, end of evaluation, intended award,
 * then the standstill of {@link #STANDSTILL_DAYS} days, and the contract starts after the standstill ends.
 */
@Table("tendering_tender")
class Tender {

    /** The standstill after the award decision when notices are sent electronically (regulation 85). */
    static final int STANDSTILL_DAYS = 10;

    static final int TITLE = 200;

    /** The largest estimated value the record holds, in pounds. */
    static final java.math.BigDecimal MAX_VALUE = new java.math.BigDecimal("1000000000000");

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long partnershipId;
    private final int number;
    private final int specVersion;
    private String title;
    private TenderProcedure procedure;
    private java.math.BigDecimal estimatedValue;
    private int qualityWeight;
    private int priceWeight;
    private int benefitsWeight;
    private LocalDate publication;
    private LocalDate clarificationDeadline;
    private LocalDate bidDeadline;
    private LocalDate evaluationEnd;
    private LocalDate intendedAward;
    private LocalDate contractStart;
    private TenderStatus status;
    private Long decisionId;
    private Instant publishedAt;
    private Instant updatedAt;

    @PersistenceCreator
    Tender(
            Long id,
            Integer version,
            long partnershipId,
            int number,
            int specVersion,
            String title,
            TenderProcedure procedure,
            java.math.BigDecimal estimatedValue,
            int qualityWeight,
            int priceWeight,
            int benefitsWeight,
            LocalDate publication,
            LocalDate clarificationDeadline,
            LocalDate bidDeadline,
            LocalDate evaluationEnd,
            LocalDate intendedAward,
            LocalDate contractStart,
            TenderStatus status,
            Long decisionId,
            Instant publishedAt,
            Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.specVersion = specVersion;
        this.title = title;
        this.procedure = procedure;
        this.estimatedValue = estimatedValue;
        this.qualityWeight = qualityWeight;
        this.priceWeight = priceWeight;
        this.benefitsWeight = benefitsWeight;
        this.publication = publication;
        this.clarificationDeadline = clarificationDeadline;
        this.bidDeadline = bidDeadline;
        this.evaluationEnd = evaluationEnd;
        this.intendedAward = intendedAward;
        this.contractStart = contractStart;
        this.status = status;
        this.decisionId = decisionId;
        this.publishedAt = publishedAt;
        this.updatedAt = updatedAt;
    }

    /** Checks a tender as entered, every field at once; nothing is numbered or saved when it refuses. */
    static void check(TenderDetails d) {
        var errors = new InvalidInputException.Collector()
                .rejectIf(d.title() == null || d.title().isBlank(), "title", "tendering.tender.titleMissing")
                .rejectIf(
                        d.title() != null && d.title().strip().length() > TITLE,
                        "title",
                        "tendering.tender.titleTooLong",
                        TITLE)
                .rejectIf(d.procedure() == null, "procedure", "tendering.tender.procedureMissing")
                .rejectIf(d.estimatedValue() == null, "estimatedValue", "tendering.tender.valueMissing")
                .rejectIf(
                        d.estimatedValue() != null
                                && (d.estimatedValue().signum() <= 0
                                        || d.estimatedValue().compareTo(MAX_VALUE) > 0),
                        "estimatedValue",
                        "tendering.tender.valueRange");
        boolean weightsGiven = true;
        for (var w : new Object[][] {
            {"qualityWeight", d.qualityWeight()},
            {"priceWeight", d.priceWeight()},
            {"benefitsWeight", d.benefitsWeight()}
        }) {
            var weight = (Integer) w[1];
            errors.rejectIf(weight == null, (String) w[0], "tendering.tender.weightMissing")
                    .rejectIf(
                            weight != null && (weight < 0 || weight > 100),
                            (String) w[0],
                            "tendering.tender.weightRange");
            weightsGiven &= weight != null && weight >= 0 && weight <= 100;
        }
        if (weightsGiven) {
            int total = d.qualityWeight() + d.priceWeight() + d.benefitsWeight();
            errors.rejectIf(total != 100, "qualityWeight", "tendering.tender.weightsTotal", total)
                    .rejectIf(d.priceWeight() == 100, "priceWeight", "tendering.tender.priceAlone")
                    .rejectIf(d.qualityWeight() == 0, "qualityWeight", "tendering.tender.qualityNone");
        }
        String[] fields = {
            "publication", "clarificationDeadline", "bidDeadline", "evaluationEnd", "intendedAward", "contractStart"
        };
        LocalDate[] dates = {
            d.publication(),
            d.clarificationDeadline(),
            d.bidDeadline(),
            d.evaluationEnd(),
            d.intendedAward(),
            d.contractStart()
        };
        for (int n = 0; n < dates.length; n++) {
            errors.rejectIf(dates[n] == null, fields[n], "tendering.tender.dateMissing." + fields[n]);
        }
        // Each date after the one before it (evaluation may end on the bid deadline's day, the award on its end).
        for (int n = 1; n < dates.length - 1; n++) {
            if (dates[n] != null && dates[n - 1] != null) {
                boolean sameDayAllowed = fields[n].equals("evaluationEnd") || fields[n].equals("intendedAward");
                errors.rejectIf(
                        sameDayAllowed ? dates[n].isBefore(dates[n - 1]) : !dates[n].isAfter(dates[n - 1]),
                        fields[n],
                        "tendering.tender.order." + fields[n]);
            }
        }
        if (d.intendedAward() != null && d.contractStart() != null) {
            var standstillEnd = d.intendedAward().plusDays(STANDSTILL_DAYS);
            errors.rejectIf(
                    !d.contractStart().isAfter(standstillEnd),
                    "contractStart",
                    "tendering.tender.order.contractStart",
                    STANDSTILL_DAYS,
                    standstillEnd.toString());
        }
        errors.throwIfAny();
    }

    static Tender draw(long partnershipId, int number, int specVersion, TenderDetails d, Instant at) {
        check(d);
        var made = new Tender(
                null,
                null,
                partnershipId,
                number,
                specVersion,
                null,
                null,
                null,
                0,
                0,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                TenderStatus.DRAFT,
                null,
                null,
                at);
        made.change(d, at);
        return made;
    }

    void change(TenderDetails d, Instant at) {
        check(d);
        this.title = d.title().strip();
        this.procedure = d.procedure();
        this.estimatedValue = d.estimatedValue().setScale(2, java.math.RoundingMode.HALF_UP);
        this.qualityWeight = d.qualityWeight();
        this.priceWeight = d.priceWeight();
        this.benefitsWeight = d.benefitsWeight();
        this.publication = d.publication();
        this.clarificationDeadline = d.clarificationDeadline();
        this.bidDeadline = d.bidDeadline();
        this.evaluationEnd = d.evaluationEnd();
        this.intendedAward = d.intendedAward();
        this.contractStart = d.contractStart();
        this.updatedAt = at;
    }

    TenderDetails details() {
        return new TenderDetails(
                title,
                procedure,
                estimatedValue,
                qualityWeight,
                priceWeight,
                benefitsWeight,
                publication,
                clarificationDeadline,
                bidDeadline,
                evaluationEnd,
                intendedAward,
                contractStart);
    }

    /**
     * Refuses a change to the tender, its questions or its lots once the board has been asked to publish it: the board
     * approves exactly what it was shown, and bidders answer exactly what was published.
     */
    void refuseUnlessDraft() {
        if (status != TenderStatus.DRAFT) {
            throw new TenderLockedException(status);
        }
    }

    /** The board has been asked to publish the tender in decision {@code decision}. */
    void proposePublication(long decision, Instant at) {
        refuseUnlessDraft();
        this.status = TenderStatus.AWAITING_BOARD;
        this.decisionId = decision;
        this.updatedAt = at;
    }

    /** The proposal was withdrawn: the tender is a draft again. */
    void withdrawPublication(Instant at) {
        if (status != TenderStatus.AWAITING_BOARD) {
            throw new TenderLockedException(status);
        }
        this.status = TenderStatus.DRAFT;
        this.decisionId = null;
        this.updatedAt = at;
    }

    /** The board approved the publication at {@code at}. */
    void publish(Instant at) {
        if (status != TenderStatus.AWAITING_BOARD) {
            throw new TenderLockedException(status);
        }
        this.status = TenderStatus.PUBLISHED;
        this.publishedAt = at;
        this.updatedAt = at;
    }

    TenderStatus status() {
        return status;
    }

    Long decisionId() {
        return decisionId;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    /** An amount as messages show it: 4,200,000.00 (the message puts the pound sign before it). */
    static String pounds(java.math.BigDecimal amount) {
        return String.format(java.util.Locale.UK, "%,.2f", amount);
    }

    /** The last day of the standstill after the intended award. */
    LocalDate standstillEnd() {
        return intendedAward.plusDays(STANDSTILL_DAYS);
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

    int specVersion() {
        return specVersion;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
