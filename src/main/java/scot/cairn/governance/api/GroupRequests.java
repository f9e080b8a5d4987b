package scot.cairn.governance.api;

import io.swagger.v3.oas.annotations.media.Schema;
import scot.cairn.governance.GroupKind;

/** Request bodies for the group endpoints. */
final class GroupRequests {

    private GroupRequests() {}

    @Schema(name = "NewGroup")
    record NewGroup(GroupKind kind) {}

    @Schema(name = "NewWorkstream")
    record NewWorkstream(String name, Long leadPersonId) {}

    @Schema(name = "NewInformedProvider")
    record NewProvider(Long organisationId) {}
}
