package scot.cairn.meeting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashSet;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.meeting.GuestDetails;
import scot.cairn.meeting.ItemDetails;
import scot.cairn.meeting.MeetingDetails;
import scot.cairn.meeting.MeetingService;
import scot.cairn.meeting.MeetingView;

/** Meetings of the partnership's groups: scheduling, guests, apologies, attendance and the agenda. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings", description = "Meetings of the board, project team and forums")
class MeetingApiController {

    private static final MeetingDetails EMPTY =
            new MeetingDetails(null, null, null, null, null, null, null, null, null, null, null, null);

    private final MeetingService meetings;
    private final scot.cairn.meeting.ActionService actions;

    MeetingApiController(MeetingService meetings, scot.cairn.meeting.ActionService actions) {
        this.meetings = meetings;
        this.actions = actions;
    }

    @GetMapping("/links")
    @Operation(
            summary = "List what an agenda item may be about",
            description = "Kind by kind, the partnership's latest risks, decisions, highlight reports, document"
                    + " versions and SROI analyses; an item's link is a record's kind and id, such as RISK:12.")
    List<MeetingService.LinkChoices> links(@PathVariable long id, CurrentUser user) {
        return meetings.linkChoices(id, user);
    }

    @GetMapping("/{meetingId}/actions")
    @Operation(
            summary = "List a meeting's actions",
            description =
                    "The actions agreed at it, and under carried the open actions of the group's earlier meetings.")
    java.util.Map<String, List<scot.cairn.meeting.ActionView>> actions(
            @PathVariable long id, @PathVariable long meetingId, CurrentUser user) {
        return java.util.Map.of(
                "agreed", actions.agreedAt(id, meetingId, user), "carried", actions.carriedInto(id, meetingId, user));
    }

    @PostMapping("/{meetingId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an action agreed at a meeting",
            description = "For whoever arranges meetings; the owner must take part in the partnership.")
    scot.cairn.meeting.ActionView agree(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestBody scot.cairn.meeting.ActionDetails body,
            CurrentUser user) {
        return actions.agree(id, meetingId, body, user);
    }

    @PostMapping("/actions/{actionId}/done")
    @Operation(summary = "Close an action as done", description = "By its owner or whoever arranges meetings.")
    scot.cairn.meeting.ActionView close(
            @PathVariable long id, @PathVariable long actionId, @RequestBody VersionRequest body, CurrentUser user) {
        return actions.close(id, actionId, body.version(), user);
    }

    /** A meeting with the version read (changes only). Times are Scotland's. */
    @Schema(name = "MeetingRequest")
    record MeetingRequest(Integer version, MeetingDetails meeting) {}

    /** A guest, an agenda item or the list of who was present, with the version read. */
    @Schema(name = "MeetingGuestRequest")
    record GuestRequest(Integer version, GuestDetails guest) {}

    @Schema(name = "MeetingItemRequest")
    record ItemRequest(Integer version, ItemDetails item) {}

    @Schema(name = "MeetingApologiesRequest")
    record ApologiesRequest(Integer version, Integer position, Boolean sent) {}

    @Schema(name = "MeetingAttendanceRequest")
    record AttendanceRequest(Integer version, List<Integer> present) {}

    @Schema(name = "MeetingVersionRequest")
    record VersionRequest(Integer version) {}

    @GetMapping
    @Operation(summary = "List the meetings", description = "Soonest first, cancelled ones included and marked.")
    List<MeetingView> list(@PathVariable long id, CurrentUser user) {
        return meetings.meetings(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Schedule a meeting or a series",
            description = "For the Project Manager, Administrative Support and managers. The group's members are"
                    + " invited; repeat and count schedule a series (2 to 24).")
    List<MeetingView> schedule(@PathVariable long id, @RequestBody MeetingDetails body, CurrentUser user) {
        return meetings.schedule(id, body, user);
    }

    @GetMapping("/{meetingId}")
    @Operation(summary = "Get a meeting", description = "With its invitees, agenda and quorum.")
    MeetingView meeting(@PathVariable long id, @PathVariable long meetingId, CurrentUser user) {
        return meetings.meeting(id, meetingId, user);
    }

    @PutMapping("/{meetingId}")
    @Operation(summary = "Change a meeting", description = "Send the version you read.")
    MeetingView change(
            @PathVariable long id, @PathVariable long meetingId, @RequestBody MeetingRequest body, CurrentUser user) {
        return meetings.change(id, meetingId, body.version(), body.meeting() == null ? EMPTY : body.meeting(), user);
    }

    @PostMapping("/{meetingId}/cancel")
    @Operation(summary = "Cancel a meeting", description = "It stays listed, marked cancelled, and changes no more.")
    MeetingView cancel(
            @PathVariable long id, @PathVariable long meetingId, @RequestBody VersionRequest body, CurrentUser user) {
        return meetings.cancel(id, meetingId, body.version(), user);
    }

    @PostMapping("/{meetingId}/guests")
    @Operation(summary = "Invite a guest", description = "By name; an email and a capacity are optional.")
    MeetingView invite(
            @PathVariable long id, @PathVariable long meetingId, @RequestBody GuestRequest body, CurrentUser user) {
        return meetings.invite(
                id,
                meetingId,
                body.version(),
                body.guest() == null ? new GuestDetails(null, null, null) : body.guest(),
                user);
    }

    @PostMapping("/{meetingId}/apologies")
    @Operation(
            summary = "Record apologies, or take them back",
            description = "An invitee for themselves; whoever arranges meetings for anyone. position is the"
                    + " invitee's place in the list, from 0.")
    MeetingView apologies(
            @PathVariable long id, @PathVariable long meetingId, @RequestBody ApologiesRequest body, CurrentUser user) {
        return meetings.apologies(
                id,
                meetingId,
                body.version(),
                body.position() == null ? -1 : body.position(),
                !Boolean.FALSE.equals(body.sent()),
                user);
    }

    @PostMapping("/{meetingId}/attendance")
    @Operation(summary = "Record who attended", description = "The invitees present, by position; once it has started.")
    MeetingView attendance(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestBody AttendanceRequest body,
            CurrentUser user) {
        return meetings.attendance(
                id,
                meetingId,
                body.version(),
                body.present() == null ? new HashSet<>() : new HashSet<>(body.present()),
                user);
    }

    @PostMapping("/{meetingId}/agenda")
    @Operation(summary = "Add an agenda item", description = "At the end of the agenda.")
    MeetingView addItem(
            @PathVariable long id, @PathVariable long meetingId, @RequestBody ItemRequest body, CurrentUser user) {
        return meetings.addItem(
                id,
                meetingId,
                body.version(),
                body.item() == null ? new ItemDetails(null, null, null) : body.item(),
                user);
    }

    @PutMapping("/{meetingId}/agenda/{position}")
    @Operation(summary = "Change an agenda item", description = "position from 0; the standing item keeps its title.")
    MeetingView changeItem(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int position,
            @RequestBody ItemRequest body,
            CurrentUser user) {
        return meetings.changeItem(
                id,
                meetingId,
                body.version(),
                position,
                body.item() == null ? new ItemDetails(null, null, null) : body.item(),
                user);
    }

    @PostMapping("/{meetingId}/agenda/{position}/remove")
    @Operation(summary = "Remove an agenda item", description = "The standing item stays.")
    MeetingView removeItem(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int position,
            @RequestBody VersionRequest body,
            CurrentUser user) {
        return meetings.removeItem(id, meetingId, body.version(), position, user);
    }
}
