package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * The procurement a partnership expects: one a partnership, entered once it reaches Pilot and changed as the plan
 * moves. Every field is required; the value is in pounds or euros, the award comes after publication.
 */
@Table("tendering_procurement")
class Procurement {

    static final Set<String> CURRENCIES = Set.of("GBP", "EUR");
    static final BigDecimal MOST = new BigDecimal("1000000000");
    static final int TITLE = 200;
    static final int LONGEST_MONTHS = 240;
    private static final Pattern CPV = Pattern.compile("\\d{8}(-\\d)?");

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long partnershipId;
    private String title;
    private BigDecimal estimatedValue;
    private String currency;
    private String cpvCode;
    private LocalDate expectedPublication;
    private LocalDate expectedAward;
    private int contractMonths;
    private Instant updatedAt;

    @PersistenceCreator
    Procurement(
            Long id,
            Integer version,
            long partnershipId,
            String title,
            BigDecimal estimatedValue,
            String currency,
            String cpvCode,
            LocalDate expectedPublication,
            LocalDate expectedAward,
            int contractMonths,
            Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.title = title;
        this.estimatedValue = estimatedValue;
        this.currency = currency;
        this.cpvCode = cpvCode;
        this.expectedPublication = expectedPublication;
        this.expectedAward = expectedAward;
        this.contractMonths = contractMonths;
        this.updatedAt = updatedAt;
    }

    static Procurement record(long partnershipId, ProcurementDetails d, Instant at) {
        var made = new Procurement(null, null, partnershipId, null, null, null, null, null, null, 0, at);
        made.change(d, at);
        return made;
    }

    void change(ProcurementDetails d, Instant at) {
        check(d);
        this.title = d.title().strip();
        this.estimatedValue = d.estimatedValue();
        this.currency = d.currency().strip().toUpperCase();
        this.cpvCode = d.cpvCode().strip();
        this.expectedPublication = d.expectedPublication();
        this.expectedAward = d.expectedAward();
        this.contractMonths = d.contractMonths();
        this.updatedAt = at;
    }

    private static void check(ProcurementDetails d) {
        var value = d.estimatedValue();
        var currency = d.currency() == null ? "" : d.currency().strip().toUpperCase();
        new InvalidInputException.Collector()
                .rejectIf(d.title() == null || d.title().isBlank(), "title", "tendering.procurement.titleMissing")
                .rejectIf(
                        d.title() != null && d.title().strip().length() > TITLE,
                        "title",
                        "tendering.procurement.titleTooLong",
                        TITLE)
                .rejectIf(value == null, "estimatedValue", "tendering.procurement.valueMissing")
                .rejectIf(
                        value != null && (value.signum() <= 0 || value.compareTo(MOST) > 0),
                        "estimatedValue",
                        "tendering.procurement.valueRange",
                        MOST)
                .rejectIf(
                        value != null && value.stripTrailingZeros().scale() > 2,
                        "estimatedValue",
                        "tendering.procurement.pence")
                .rejectIf(value != null && currency.isEmpty(), "currency", "tendering.procurement.currencyMissing")
                .rejectIf(
                        !currency.isEmpty() && !CURRENCIES.contains(currency),
                        "currency",
                        "tendering.procurement.currencyUnknown")
                .rejectIf(d.cpvCode() == null || d.cpvCode().isBlank(), "cpvCode", "tendering.procurement.cpvMissing")
                .rejectIf(
                        d.cpvCode() != null
                                && !d.cpvCode().isBlank()
                                && !CPV.matcher(d.cpvCode().strip()).matches(),
                        "cpvCode",
                        "tendering.procurement.cpvInvalid")
                .rejectIf(
                        d.expectedPublication() == null,
                        "expectedPublication",
                        "tendering.procurement.publicationMissing")
                .rejectIf(d.expectedAward() == null, "expectedAward", "tendering.procurement.awardMissing")
                .rejectIf(
                        d.expectedPublication() != null
                                && d.expectedAward() != null
                                && !d.expectedAward().isAfter(d.expectedPublication()),
                        "expectedAward",
                        "tendering.procurement.awardBeforePublication")
                .rejectIf(d.contractMonths() == null, "contractMonths", "tendering.procurement.monthsMissing")
                .rejectIf(
                        d.contractMonths() != null && (d.contractMonths() < 1 || d.contractMonths() > LONGEST_MONTHS),
                        "contractMonths",
                        "tendering.procurement.monthsRange",
                        LONGEST_MONTHS)
                .throwIfAny();
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

    ProcurementDetails details() {
        return new ProcurementDetails(
                title, estimatedValue, currency, cpvCode, expectedPublication, expectedAward, contractMonths);
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
