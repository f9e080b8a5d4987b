package scot.cairn.governance;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How many days a month a person can give to partnership work, across all their partnerships. A person without a
 * stored capacity has {@link #DEFAULT}.
 */
@Table("governance_capacity")
class Capacity {

    static final BigDecimal DEFAULT = BigDecimal.valueOf(20);

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long personId;
    private BigDecimal daysPerMonth;

    @PersistenceCreator
    Capacity(Long id, Integer version, Long personId, BigDecimal daysPerMonth) {
        this.id = id;
        this.version = version;
        this.personId = personId;
        this.daysPerMonth = daysPerMonth;
    }

    static Capacity of(long personId, BigDecimal days) {
        return new Capacity(null, null, personId, days);
    }

    void change(BigDecimal days) {
        this.daysPerMonth = days;
    }

    Long personId() {
        return personId;
    }

    BigDecimal daysPerMonth() {
        return daysPerMonth;
    }
}
