package scot.cairn.governance;

import java.util.List;
import scot.cairn.directory.Sector;

/**
 * A group as pages and the API show it. Members are sorted by name; a service-user member has no organisation and no
 * sector. Workstreams appear only for the project team, providers only for the informed-providers forum.
 */
public record GroupView(
        long id,
        int version,
        long partnershipId,
        GroupKind kind,
        List<MemberView> members,
        List<WorkstreamView> workstreams,
        List<ProviderView> providers) {

    public record MemberView(
            long personId, String fullName, Long organisationId, String organisationName, Sector sector) {
        public boolean serviceUser() {
            return organisationId == null;
        }
    }

    /** A workstream; {@code leadPersonId} is null when its lead has left the partnership. */
    public record WorkstreamView(String name, Long leadPersonId, String leadName) {}

    /** {@code corePartner} is true when the organisation has since become a core partner (a composition warning). */
    public record ProviderView(long organisationId, String name, boolean corePartner) {}
}
