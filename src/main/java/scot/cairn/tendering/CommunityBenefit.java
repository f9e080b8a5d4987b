package scot.cairn.tendering;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * A community benefit requirement (CB-1, CB-2...): what is required, its measure and target, mandatory or scored.
 * Section 25 of the Procurement Reform (Scotland) Act 2014 makes them required for a contract worth £4 million or more
 * ({@link #requiredFor}); below that they are offered.
 */
@Table("tendering_benefit")
class CommunityBenefit {

    /** Section 25's threshold, in pounds. */
    static final BigDecimal THRESHOLD = new BigDecimal("4000000");

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long partnershipId;
    private final int number;
    private BenefitCategory category;
    private String description;
    private String measure;
    private String target;
    private boolean mandatory;

    @PersistenceCreator
    CommunityBenefit(
            Long id,
            Integer version,
            long partnershipId,
            int number,
            BenefitCategory category,
            String description,
            String measure,
            String target,
            boolean mandatory) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.category = category;
        this.description = description;
        this.measure = measure;
        this.target = target;
        this.mandatory = mandatory;
    }

    /**
     * Whether section 25 requires community benefit requirements for a contract of this estimated value: £4 million
     * or more. A value in another currency cannot be compared and is not taken as requiring them.
     */
    static boolean requiredFor(BigDecimal value, String currency) {
        return value != null && "GBP".equals(currency) && value.compareTo(THRESHOLD) >= 0;
    }

    static CommunityBenefit add(long partnershipId, int number, BenefitDetails d) {
        var made = new CommunityBenefit(null, null, partnershipId, number, null, null, null, null, false);
        made.change(d);
        return made;
    }

    void change(BenefitDetails d) {
        new InvalidInputException.Collector()
                .rejectIf(d.category() == null, "category", "tendering.benefit.categoryMissing")
                .rejectIf(blank(d.description()), "description", "tendering.benefit.descriptionMissing")
                .rejectIf(tooLong(d.description(), 1000), "description", "tendering.benefit.tooLong", 1000)
                .rejectIf(blank(d.measure()), "measure", "tendering.benefit.measureMissing")
                .rejectIf(tooLong(d.measure(), 300), "measure", "tendering.benefit.tooLong", 300)
                .rejectIf(blank(d.target()), "target", "tendering.benefit.targetMissing")
                .rejectIf(tooLong(d.target(), 200), "target", "tendering.benefit.tooLong", 200)
                .rejectIf(d.mandatory() == null, "mandatory", "tendering.benefit.mandatoryMissing")
                .throwIfAny();
        this.category = d.category();
        this.description = d.description().strip();
        this.measure = d.measure().strip();
        this.target = d.target().strip();
        this.mandatory = d.mandatory();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s, int most) {
        return s != null && s.strip().length() > most;
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

    BenefitDetails details() {
        return new BenefitDetails(category, description, measure, target, mandatory);
    }
}
