package scot.cairn.planning;

/** Which tasks a list shows: of one workstream, owner or status; null shows all. */
public record PlanFilter(String workstream, Long ownerId, TaskStatus status) {

    public static final PlanFilter NONE = new PlanFilter(null, null, null);

    boolean shows(PlanTask t) {
        return (workstream == null || workstream.isBlank() || workstream.equals(t.workstream()))
                && (ownerId == null || ownerId.equals(t.ownerId()))
                && (status == null || status == t.status());
    }
}
