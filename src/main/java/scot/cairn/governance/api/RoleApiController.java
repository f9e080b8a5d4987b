package scot.cairn.governance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.governance.AssignmentDetails;
import scot.cairn.governance.AssignmentView;
import scot.cairn.governance.GovernanceService;
import scot.cairn.governance.ResponsibilityView;
import scot.cairn.governance.RoleService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Role;

/** Role assignments, capacities, governance checks and the responsibilities matrix. Changes are for managers only. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Governance roles", description = "Who holds which role, and the checks on groups and roles")
class RoleApiController {

    private final RoleService roles;
    private final GovernanceService governance;
    private final MessageSource messages;

    RoleApiController(RoleService roles, GovernanceService governance, MessageSource messages) {
        this.roles = roles;
        this.governance = governance;
        this.messages = messages;
    }

    /** A change to an assignment, with the version the client last read. */
    @Schema(name = "RoleAssignmentChange")
    record AssignmentChange(Integer version, Role role, String email, BigDecimal daysPerMonth) {}

    @Schema(name = "CapacityChange")
    record CapacityChange(String email, BigDecimal capacity) {}

    @GetMapping("/role-assignments")
    @Operation(summary = "List role assignments", description = "By role, then name.")
    List<AssignmentView> list(@PathVariable long id, CurrentUser user) {
        return roles.assignments(id, user);
    }

    @PostMapping("/role-assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Assign a role",
            description = "Refused with a 400 problem naming the field when a rule is broken: one Senior Sponsor per"
                    + " core partner, procurement from a public-sector partner, an independent facilitator, and the"
                    + " person's total commitment within the ceiling of their capacity.")
    AssignmentView assign(@PathVariable long id, @RequestBody AssignmentDetails body, CurrentUser user) {
        return roles.assign(id, body, user);
    }

    @GetMapping("/role-assignments/{assignmentId}")
    @Operation(summary = "Get a role assignment")
    AssignmentView one(@PathVariable long id, @PathVariable long assignmentId, CurrentUser user) {
        return roles.assignment(id, assignmentId, user);
    }

    @PutMapping("/role-assignments/{assignmentId}")
    @Operation(summary = "Change a role assignment", description = "409 when the version is not the latest.")
    AssignmentView change(
            @PathVariable long id,
            @PathVariable long assignmentId,
            @RequestBody AssignmentChange body,
            CurrentUser user) {
        return roles.change(
                id,
                assignmentId,
                body.version(),
                new AssignmentDetails(body.role(), body.email(), body.daysPerMonth()),
                user);
    }

    @DeleteMapping("/role-assignments/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a role assignment", description = "Move the lead before removing the lead sponsor.")
    void remove(@PathVariable long id, @PathVariable long assignmentId, CurrentUser user) {
        roles.remove(id, assignmentId, user);
    }

    @PostMapping("/role-assignments/{assignmentId}/lead")
    @Operation(summary = "Make this Senior Sponsor the lead sponsor")
    AssignmentView lead(@PathVariable long id, @PathVariable long assignmentId, CurrentUser user) {
        return roles.makeLead(id, assignmentId, user);
    }

    @PutMapping("/capacity")
    @Operation(
            summary = "Set a person's capacity",
            description = "Days a month across all partnerships, for someone holding a role here. Default 20.")
    CapacityChange capacity(@PathVariable long id, @RequestBody CapacityChange body, CurrentUser user) {
        return new CapacityChange(body.email(), roles.setCapacity(id, body.email(), body.capacity(), user));
    }

    @GetMapping("/governance/checks")
    @Operation(summary = "Governance checks", description = "Group composition and role checks, met or warning.")
    List<CheckResource> checks(@PathVariable long id, CurrentUser user) {
        var locale = LocaleContextHolder.getLocale();
        return governance.checks(id, user).stream()
                .map(c -> new CheckResource(
                        messages.getMessage(c.check(), locale), c.met(), messages.getMessage(c.explanation(), locale)))
                .toList();
    }

    /** A check as the API shows it: what is checked and why it is met or not, in the language asked for. */
    record CheckResource(String check, boolean met, String explanation) {}

    @GetMapping("/governance/responsibilities")
    @Operation(summary = "Responsibilities matrix", description = "Each responsibility, its role, group and holders.")
    List<ResponsibilityView> responsibilities(@PathVariable long id, CurrentUser user) {
        return governance.responsibilities(id, user);
    }
}
