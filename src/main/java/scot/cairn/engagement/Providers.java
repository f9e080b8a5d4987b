package scot.cairn.engagement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.cairn.directory.Sector;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.partnership.Access;

/** The organisations outside the board's table that information reaches: the forum's, then the partners. */
@Component
class Providers {

    private final GroupService groups;

    Providers(GroupService groups) {
        this.groups = groups;
    }

    /** The forum's organisations and every partner, by id: whom an enquiry may come from. */
    Map<Long, String> all(Access access) {
        return of(access, true);
    }

    /** The forum's organisations and the partners outside the public sector, by id: who may bid. */
    Map<Long, String> bidders(Access access) {
        return of(access, false);
    }

    private Map<Long, String> of(Access access, boolean publicSector) {
        var found = new LinkedHashMap<Long, String>();
        groups.groups(access.id(), access.user()).stream()
                .filter(g -> g.kind() == GroupKind.INFORMED_PROVIDERS)
                .flatMap(g -> g.providers().stream())
                .forEach(p -> found.put(p.organisationId(), p.name()));
        access.partnership().partners().stream()
                .filter(p -> publicSector || p.sector() != Sector.PUBLIC)
                .forEach(p -> found.putIfAbsent(p.organisationId(), p.name()));
        return found;
    }
}
