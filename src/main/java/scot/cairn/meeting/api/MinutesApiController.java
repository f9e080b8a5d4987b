package scot.cairn.meeting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import scot.cairn.identity.CurrentUser;
import scot.cairn.meeting.CalendarFeedService;
import scot.cairn.meeting.MeetingView;
import scot.cairn.meeting.MinutesService;
import scot.cairn.meeting.PaperDays;
import scot.cairn.meeting.PaperService;

/** A meeting's papers and pack, its minutes, each group's deadline for papers, and the caller's calendar feed. */
@RestController
@Tag(name = "Meetings", description = "Meetings of the board, project team and forums")
class MinutesApiController {

    private static final String BASE = "/api/v1/partnerships/{id}/meetings";

    private final PaperService papers;
    private final MinutesService minutes;
    private final CalendarFeedService feeds;

    MinutesApiController(PaperService papers, MinutesService minutes, CalendarFeedService feeds) {
        this.papers = papers;
        this.minutes = minutes;
        this.feeds = feeds;
    }

    /** The version read. */
    @Schema(name = "MeetingVersion")
    record VersionBody(Integer version) {}

    /** The discussion under an item, with the meeting's version read. */
    record DiscussionBody(Integer version, String discussion) {}

    /** A decision taken at the meeting, with the meeting's version read. */
    record DecisionBody(Integer version, String title, String decision, Boolean joint) {}

    /** A decision of the log to link, with the meeting's version read. */
    record LinkBody(Integer version, Long decisionId) {}

    /** The later meeting that approved the minutes, with the version read. */
    record ApprovalBody(Integer version, Long approvedIn) {}

    /** A group's deadline for papers in working days, with the version read (0 before it was first set). */
    record DeadlineBody(Integer version, Integer paperDays) {}

    @PostMapping(path = BASE + "/{meetingId}/papers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a paper under an agenda item",
            description = "Multipart: version, item (the item's key), title (optional) and file: a PDF, .docx or"
                    + " .xlsx of up to 20 MB, checked by its content. A paper after the group's deadline is flagged"
                    + " late.")
    MeetingView add(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            @RequestParam int item,
            @RequestParam(required = false) String title,
            @RequestParam MultipartFile file,
            CurrentUser user)
            throws IOException {
        return papers.add(
                id,
                meetingId,
                version,
                item,
                new PaperService.Upload(title, file.getOriginalFilename(), file.getBytes()),
                user);
    }

    @GetMapping(BASE + "/{meetingId}/papers/{paperId}")
    @Operation(summary = "Download a paper", description = "As it was added.")
    ResponseEntity<byte[]> paper(
            @PathVariable long id, @PathVariable long meetingId, @PathVariable long paperId, CurrentUser user) {
        return papers.paper(id, meetingId, paperId, user).response();
    }

    @PostMapping(BASE + "/{meetingId}/papers/{paperId}/remove")
    @Operation(summary = "Remove a paper", description = "Refused once the minutes are approved.")
    MeetingView remove(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable long paperId,
            @RequestBody VersionBody body,
            CurrentUser user) {
        return papers.remove(id, meetingId, body.version(), paperId, user);
    }

    @GetMapping(BASE + "/{meetingId}/pack")
    @Operation(
            summary = "Download the pack as one PDF",
            description = "The agenda, then every PDF paper; Word and Excel papers are attached to the PDF.")
    ResponseEntity<byte[]> pack(@PathVariable long id, @PathVariable long meetingId, CurrentUser user) {
        return papers.pack(id, meetingId, user).response();
    }

    @PostMapping(BASE + "/{meetingId}/pack/issue")
    @Operation(
            summary = "Issue the pack",
            description = "Tells the invitees, with the meeting as a calendar invitation; refused once the meeting has"
                    + " started.")
    MeetingView issue(
            @PathVariable long id, @PathVariable long meetingId, @RequestBody VersionBody body, CurrentUser user) {
        return papers.issue(id, meetingId, body.version(), user);
    }

    @PutMapping(BASE + "/{meetingId}/minutes/items/{itemKey}")
    @Operation(summary = "Minute the discussion under an item", description = "Once the meeting has started.")
    MeetingView minute(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int itemKey,
            @RequestBody DiscussionBody body,
            CurrentUser user) {
        return minutes.minute(id, meetingId, body.version(), itemKey, body.discussion(), user);
    }

    @PostMapping(BASE + "/{meetingId}/minutes/items/{itemKey}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Minute a decision taken at the meeting",
            description = "Proposes it to the decision log, where the board approves it; refused when the meeting"
                    + " was not quorate.")
    MeetingView decide(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int itemKey,
            @RequestBody DecisionBody body,
            CurrentUser user) {
        return minutes.decide(
                id,
                meetingId,
                body.version(),
                itemKey,
                new MinutesService.MinutedDecision(body.title(), body.decision(), body.joint()),
                user);
    }

    @PostMapping(BASE + "/{meetingId}/minutes/items/{itemKey}/links")
    @Operation(summary = "Link a decision from the log to an item")
    MeetingView link(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int itemKey,
            @RequestBody LinkBody body,
            CurrentUser user) {
        return minutes.link(id, meetingId, body.version(), itemKey, body.decisionId(), user);
    }

    @PostMapping(BASE + "/{meetingId}/minutes/decisions/{decisionId}/remove")
    @Operation(
            summary = "Take a decision off the minutes",
            description = "One the meeting proposed is withdrawn from the log too, unless it is approved.")
    MeetingView unlink(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable long decisionId,
            @RequestBody VersionBody body,
            CurrentUser user) {
        return minutes.unlink(id, meetingId, body.version(), decisionId, user);
    }

    @PostMapping(BASE + "/{meetingId}/minutes/circulate")
    @Operation(summary = "Circulate the draft minutes to the invitees")
    MeetingView circulate(
            @PathVariable long id, @PathVariable long meetingId, @RequestBody VersionBody body, CurrentUser user) {
        return minutes.circulate(id, meetingId, body.version(), user);
    }

    @PostMapping(BASE + "/{meetingId}/minutes/approve")
    @Operation(
            summary = "Record the minutes' approval",
            description = "At a later meeting of the same group that has started; the minutes are then locked.")
    MeetingView approve(
            @PathVariable long id, @PathVariable long meetingId, @RequestBody ApprovalBody body, CurrentUser user) {
        return minutes.approve(id, meetingId, body.version(), body.approvedIn(), user);
    }

    @GetMapping(BASE + "/groups/{groupId}/deadline")
    @Operation(summary = "A group's deadline for papers", description = "Working days before each meeting.")
    PaperDays deadline(@PathVariable long id, @PathVariable long groupId, CurrentUser user) {
        return papers.deadline(id, groupId, user);
    }

    @PutMapping(BASE + "/groups/{groupId}/deadline")
    @Operation(summary = "Set a group's deadline for papers", description = "0 to 30 working days.")
    PaperDays setDeadline(
            @PathVariable long id, @PathVariable long groupId, @RequestBody DeadlineBody body, CurrentUser user) {
        return papers.setDeadline(id, groupId, body.version(), body.paperDays(), user);
    }

    @GetMapping("/api/v1/calendar-feed")
    @Operation(summary = "Whether the caller has a calendar feed", description = "And since when.")
    Map<String, Object> feed(CurrentUser user) {
        return feeds.madeAt(user)
                .<Map<String, Object>>map(at -> Map.of("active", true, "madeAt", at))
                .orElse(Map.of("active", false));
    }

    @PostMapping("/api/v1/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make a new calendar feed address",
            description = "Returned once; any earlier address stops working.")
    Map<String, String> make(CurrentUser user) {
        return Map.of("path", feeds.make(user));
    }

    @DeleteMapping("/api/v1/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop the calendar feed")
    void stop(CurrentUser user) {
        feeds.stop(user);
    }
}
