package scot.cairn.risk;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The score above which a partnership's open items go to its board, as the board set it; 1 to 25. */
@Table("risk_tolerance")
class Tolerance {

    @Id
    private final Long partnershipId;

    @Version
    private final Integer version;

    private int tolerance;

    @PersistenceCreator
    Tolerance(Long partnershipId, Integer version, int tolerance) {
        this.partnershipId = partnershipId;
        this.version = version;
        this.tolerance = tolerance;
    }

    /** The default, not yet stored: saving it inserts the partnership's row. */
    static Tolerance standard(long partnershipId) {
        return new Tolerance(partnershipId, null, RiskScore.DEFAULT_TOLERANCE);
    }

    void set(int value) {
        tolerance = value;
    }

    int tolerance() {
        return tolerance;
    }

    /** The version read, 0 for the default that was never stored. */
    int version() {
        return version == null ? 0 : version + 1;
    }

    Integer storedVersion() {
        return version;
    }
}
