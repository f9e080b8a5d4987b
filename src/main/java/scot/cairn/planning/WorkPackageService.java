package scot.cairn.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.NotFoundException;

/**
 * The plan's work packages: pieces of the project team's workstreams, each with a lead, that tasks belong to. Members
 * read them; the Project Manager and managers ({@link Editors#PLAN}) add and change them, with the version they read.
 */
@Service
public class WorkPackageService {

    static final String SUBJECT = "planning-work-package";

    private final PlanRepositories store;
    private final PartnershipScope scope;
    private final PlanSupport support;

    WorkPackageService(PlanRepositories store, PartnershipScope scope, PlanSupport support) {
        this.store = store;
        this.scope = scope;
        this.support = support;
    }

    /** The packages by number, each with its tasks counted. */
    @Transactional(readOnly = true)
    public List<WorkPackageView> packages(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var counts = new HashMap<Long, int[]>();
        support.jdbc().sql("""
                        select work_package_id, count(*), coalesce(sum(percent), 0) from planning_task
                         where partnership_id = ? and work_package_id is not null group by work_package_id
                        """).param(id).query(rs -> {
            counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
        });
        return store.packages().findByPartnershipIdOrderByNumber(id).stream()
                .map(p -> view(access, p, counts))
                .toList();
    }

    /** @throws NotFoundException when the package is not in this partnership's plan */
    @Transactional(readOnly = true)
    public WorkPackageView workPackage(long id, long packageId, CurrentUser user) {
        return packages(id, user).stream()
                .filter(p -> p.id() == packageId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Work package"));
    }

    /** Adds a package, numbered next; refused once the plan holds {@link PlanLimits#PACKAGES}. */
    @Transactional
    public WorkPackageView add(long id, WorkPackageDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PLAN);
        support.lock(id);
        PlanLimits.PACKAGES.check("", (int) store.packages().countByPartnershipId(id) + 1);
        PlanInput.check(details, access.partnership().participantIds(), Set.copyOf(support.workstreams(id, user)));
        var p = store.packages().save(WorkPackage.add(id, store.packages().nextNumber(id), details));
        support.audit().record(SUBJECT, p.id(), id, "planning.audit.packageAdded", describe(null, p, access));
        return view(access, p, Map.of());
    }

    /**
     * Changes a package as read at {@code seenVersion}. Its tasks move with it to a new workstream, so that a task
     * always belongs to its package's workstream.
     */
    @Transactional
    public WorkPackageView change(
            long id, long packageId, Integer seenVersion, WorkPackageDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PLAN);
        support.lock(id);
        var p = store.packages()
                .findByIdAndPartnershipId(packageId, id)
                .orElseThrow(() -> new NotFoundException("Work package"));
        ConcurrentChangeException.check("workPackage", seenVersion, p.version());
        PlanInput.check(details, access.partnership().participantIds(), Set.copyOf(support.workstreams(id, user)));
        var was = new WorkPackage(p.id(), p.version(), id, p.number(), p.title(), p.workstream(), p.leadId());
        p.change(details);
        var saved = store.packages().save(p);
        // Its tasks follow it to the new workstream; the package's history names them, each task's version moves on.
        var moved = support.jdbc()
                .sql("select number from planning_task where work_package_id = ?"
                        + " and (workstream is null or workstream <> ?) order by number")
                .params(saved.id(), saved.workstream())
                .query(Long.class)
                .list();
        support.jdbc()
                .sql("update planning_task set workstream = ?, version = version + 1 where work_package_id = ?"
                        + " and (workstream is null or workstream <> ?)")
                .params(saved.workstream(), saved.id(), saved.workstream())
                .update();
        var changes = describe(was, saved, access);
        if (!moved.isEmpty()) {
            changes.field(
                    "planning.audit.movedTasks",
                    null,
                    String.join(", ", moved.stream().map(n -> "T-" + n).toList()));
        }
        support.audit().record(SUBJECT, p.id(), id, "planning.audit.packageChanged", changes);
        return workPackage(id, packageId, user);
    }

    private static Changes describe(WorkPackage before, WorkPackage after, Access access) {
        var names = access.partnership().namesById();
        return Changes.create()
                .note(after.reference() + " " + after.title())
                .field("planning.audit.title", before == null ? null : before.title(), after.title())
                .field("planning.audit.workstream", before == null ? null : before.workstream(), after.workstream())
                .field(
                        "planning.audit.lead",
                        before == null ? null : names.get(before.leadId()),
                        names.get(after.leadId()));
    }

    private static WorkPackageView view(Access access, WorkPackage p, Map<Long, int[]> counts) {
        var c = counts.getOrDefault(p.id(), new int[] {0, 0});
        return new WorkPackageView(
                p.id(),
                p.version(),
                p.reference(),
                p.title(),
                p.workstream(),
                p.leadId(),
                access.partnership().namesById().get(p.leadId()),
                c[0],
                c[0] == 0 ? 0 : c[1] / c[0]);
    }
}
