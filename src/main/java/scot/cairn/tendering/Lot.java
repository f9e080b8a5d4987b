package scot.cairn.tendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * A lot of a tender (lot 1, lot 2...), for an area or a client group that providers may bid for on its own.
 * Invariants: a title, a description and an estimated value above nothing; the lots together are worth no more than
 * the tender (checked by the service, which sees them all).
 */
@Table("tendering_lot")
class Lot {

    static final int TEXT = 2000;

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long tenderId;
    private final int number;
    private final String title;
    private final String description;
    private final BigDecimal estimatedValue;

    @PersistenceCreator
    Lot(
            Long id,
            Integer version,
            long tenderId,
            int number,
            String title,
            String description,
            BigDecimal estimatedValue) {
        this.id = id;
        this.version = version;
        this.tenderId = tenderId;
        this.number = number;
        this.title = title;
        this.description = description;
        this.estimatedValue = estimatedValue;
    }

    static void check(LotDetails d) {
        new InvalidInputException.Collector()
                .rejectIf(d.title() == null || d.title().isBlank(), "title", "tendering.lot.titleMissing")
                .rejectIf(
                        d.title() != null && d.title().strip().length() > Tender.TITLE,
                        "title",
                        "tendering.lot.titleTooLong",
                        Tender.TITLE)
                .rejectIf(
                        d.description() == null || d.description().isBlank(),
                        "description",
                        "tendering.lot.descriptionMissing")
                .rejectIf(
                        d.description() != null && d.description().strip().length() > TEXT,
                        "description",
                        "tendering.lot.descriptionTooLong",
                        TEXT)
                .rejectIf(d.estimatedValue() == null, "estimatedValue", "tendering.tender.valueMissing")
                .rejectIf(
                        d.estimatedValue() != null
                                && (d.estimatedValue().signum() <= 0
                                        || d.estimatedValue().compareTo(Tender.MAX_VALUE) > 0),
                        "estimatedValue",
                        "tendering.tender.valueRange")
                .throwIfAny();
    }

    static Lot add(long tenderId, int number, LotDetails d) {
        check(d);
        return new Lot(
                null,
                null,
                tenderId,
                number,
                d.title().strip(),
                d.description().strip(),
                d.estimatedValue().setScale(2, RoundingMode.HALF_UP));
    }

    LotDetails details() {
        return new LotDetails(title, description, estimatedValue);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long tenderId() {
        return tenderId;
    }

    int number() {
        return number;
    }
}
