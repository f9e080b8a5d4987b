package scot.cairn.planning;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A work package (WP-1, WP-2...): a piece of one workstream's work with a lead responsible for it, which tasks belong
 * to. Its workstream is one of the project team's; its lead takes part in the partnership.
 */
@Table("planning_work_package")
class WorkPackage {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final long number;
    private String title;
    private String workstream;
    private Long leadId;

    @PersistenceCreator
    WorkPackage(
            Long id, Integer version, Long partnershipId, long number, String title, String workstream, Long leadId) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.title = title;
        this.workstream = workstream;
        this.leadId = leadId;
    }

    /** A new package; the details must have passed {@link PlanInput#check(WorkPackageDetails, java.util.Set, java.util.Set)}. */
    static WorkPackage add(long partnershipId, long number, WorkPackageDetails d) {
        var p = new WorkPackage(null, null, partnershipId, number, null, null, null);
        p.change(d);
        return p;
    }

    void change(WorkPackageDetails d) {
        title = d.title().strip();
        workstream = d.workstream().strip();
        leadId = d.leadId();
    }

    String reference() {
        return "WP-" + number;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long number() {
        return number;
    }

    String title() {
        return title;
    }

    String workstream() {
        return workstream;
    }

    Long leadId() {
        return leadId;
    }
}
