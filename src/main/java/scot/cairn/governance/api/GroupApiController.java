package scot.cairn.governance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.GroupView;
import scot.cairn.governance.MemberDetails;
import scot.cairn.identity.CurrentUser;

/** A partnership's groups, their members, workstreams and informed providers. Changes are for managers only. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/groups", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Governance groups", description = "The board, project team and forums of a partnership")
class GroupApiController {

    private final GroupService groups;

    GroupApiController(GroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "List groups", description = "In the order board, team, communications, forums.")
    List<GroupView> list(@PathVariable long id, CurrentUser user) {
        return groups.groups(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set up a group", description = "At most one group of each kind.")
    GroupView create(@PathVariable long id, @RequestBody GroupRequests.NewGroup body, CurrentUser user) {
        return groups.create(id, body.kind(), user);
    }

    @PostMapping("/standard")
    @Operation(
            summary = "Set up the standard groups",
            description = "Creates every group but the optional communications group that is not there yet.")
    List<GroupView> standard(@PathVariable long id, CurrentUser user) {
        return groups.setUpStandard(id, user);
    }

    @GetMapping("/{groupId}")
    @Operation(summary = "Get a group")
    GroupView one(@PathVariable long id, @PathVariable long groupId, CurrentUser user) {
        return groups.group(id, groupId, user);
    }

    @PostMapping("/{groupId}/members")
    @Operation(
            summary = "Add a member",
            description = "Found by email address, or by personId for a member of the partnership who has no email"
                    + " address. Represents their own organisation, which must be a partner, or"
                    + " takes part as a service user when serviceUser is true.")
    GroupView addMember(
            @PathVariable long id, @PathVariable long groupId, @RequestBody MemberDetails body, CurrentUser user) {
        return groups.addMember(id, groupId, body, user);
    }

    @DeleteMapping("/{groupId}/members/{personId}")
    @Operation(summary = "Remove a member", description = "A workstream lead must be replaced first.")
    GroupView removeMember(
            @PathVariable long id, @PathVariable long groupId, @PathVariable long personId, CurrentUser user) {
        return groups.removeMember(id, groupId, personId, user);
    }

    @PostMapping("/{groupId}/workstreams")
    @Operation(summary = "Add a workstream", description = "Project team only; the lead must be a team member.")
    GroupView addWorkstream(
            @PathVariable long id,
            @PathVariable long groupId,
            @RequestBody GroupRequests.NewWorkstream body,
            CurrentUser user) {
        return groups.addWorkstream(id, groupId, body.name(), body.leadPersonId(), user);
    }

    @DeleteMapping("/{groupId}/workstreams")
    @Operation(summary = "Remove a workstream", description = "Named by the name parameter.")
    GroupView removeWorkstream(
            @PathVariable long id, @PathVariable long groupId, @RequestParam String name, CurrentUser user) {
        return groups.removeWorkstream(id, groupId, name, user);
    }

    @PostMapping("/{groupId}/providers")
    @Operation(
            summary = "Add an informed provider",
            description = "Informed-providers forum only; the organisation must not be a core partner.")
    GroupView addProvider(
            @PathVariable long id,
            @PathVariable long groupId,
            @RequestBody GroupRequests.NewProvider body,
            CurrentUser user) {
        return groups.addProvider(id, groupId, body.organisationId(), user);
    }

    @DeleteMapping("/{groupId}/providers/{organisationId}")
    @Operation(summary = "Remove an informed provider")
    GroupView removeProvider(
            @PathVariable long id, @PathVariable long groupId, @PathVariable long organisationId, CurrentUser user) {
        return groups.removeProvider(id, groupId, organisationId, user);
    }
}
