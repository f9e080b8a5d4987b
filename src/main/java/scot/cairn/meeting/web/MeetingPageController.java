package scot.cairn.meeting.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.meeting.GuestDetails;
import scot.cairn.meeting.ItemDetails;
import scot.cairn.meeting.MeetingService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;

/**
 * One meeting: its details and quorum, invitees with apologies and attendance, its agenda with the papers, the pack
 * and the actions agreed.
 */
@Controller
class MeetingPageController {

    private final MeetingService meetings;
    private final scot.cairn.meeting.ActionService actions;
    private final scot.cairn.meeting.PaperService papers;

    MeetingPageController(
            MeetingService meetings, scot.cairn.meeting.ActionService actions, scot.cairn.meeting.PaperService papers) {
        this.meetings = meetings;
        this.actions = actions;
        this.papers = papers;
    }

    @GetMapping("/partnerships/{id}/meetings/{meetingId}")
    String meeting(@PathVariable long id, @PathVariable long meetingId, CurrentUser user, Model model) {
        var m = meetings.meeting(id, meetingId, user);
        var p = meetings.partnership(id, meetingId, user);
        model.addAttribute("p", p);
        model.addAttribute("m", m);
        if (!model.containsAttribute("guest")) {
            model.addAttribute("guest", new GuestDetails(null, null, null));
        }
        if (!model.containsAttribute("item")) {
            model.addAttribute("item", new ItemDetails(null, null, null));
        }
        if (!model.containsAttribute("action")) {
            model.addAttribute("action", new scot.cairn.meeting.ActionDetails(null, null, null));
        }
        model.addAttribute("links", m.mayEdit() ? meetings.linkChoices(id, user) : List.of());
        model.addAttribute("actions", m.guestView() ? List.of() : actions.agreedAt(id, meetingId, user));
        model.addAttribute("carried", m.guestView() ? List.of() : actions.carriedInto(id, meetingId, user));
        model.addAttribute(
                "owners",
                p.participants().stream()
                        .map(o -> new scot.cairn.platform.web.Option(Long.toString(o.personId()), o.fullName()))
                        .toList());
        return "meeting/meeting";
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/guests")
    String invite(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("guest") GuestDetails guest,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> meetings.invite(id, meetingId, version, guest, user))) {
            redirect.addFlashAttribute(
                    "done", Message.of("meeting.guest.invited", guest.name().strip()));
            return back(id, meetingId);
        }
        return meeting(id, meetingId, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/actions")
    String agree(
            @PathVariable long id,
            @PathVariable long meetingId,
            @ModelAttribute("action") scot.cairn.meeting.ActionDetails action,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new scot.cairn.meeting.ActionView[1];
        if (Forms.submit(result, () -> saved[0] = actions.agree(id, meetingId, action, user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.action.agreed", saved[0].reference()));
            return back(id, meetingId) + "#actions";
        }
        return meeting(id, meetingId, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/actions/{actionId}/done")
    String close(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable long actionId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                meetingId,
                "done-" + actionId,
                user,
                model,
                redirect,
                "meeting.action.closed",
                () -> actions.close(id, actionId, version, user));
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/agenda")
    String addItem(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("item") ItemDetails item,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> meetings.addItem(id, meetingId, version, item, user))) {
            redirect.addFlashAttribute(
                    "done", Message.of("meeting.agenda.added", item.title().strip()));
            return back(id, meetingId);
        }
        return meeting(id, meetingId, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/agenda/{position}/move")
    String move(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int position,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "true") boolean up,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                meetingId,
                "item-" + position,
                user,
                model,
                redirect,
                "meeting.agenda.moved",
                () -> meetings.moveItem(id, meetingId, version, position, up, user));
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/agenda/{position}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int position,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                meetingId,
                "item-" + position,
                user,
                model,
                redirect,
                "meeting.agenda.removed",
                () -> meetings.removeItem(id, meetingId, version, position, user));
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/apologies")
    String apologies(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            @RequestParam int position,
            @RequestParam(defaultValue = "true") boolean sent,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                meetingId,
                "apologies-" + position,
                user,
                model,
                redirect,
                sent ? "meeting.apologies.sent" : "meeting.apologies.withdrawn",
                () -> meetings.apologies(id, meetingId, version, position, sent, user));
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/attendance")
    String attendance(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) List<Integer> present,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                meetingId,
                "attendance",
                user,
                model,
                redirect,
                "meeting.attendance.saved",
                () -> meetings.attendance(
                        id, meetingId, version, present == null ? new HashSet<>() : new HashSet<>(present), user));
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/pack/issue")
    String issue(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                meetingId,
                "issue",
                user,
                model,
                redirect,
                "meeting.pack.issued",
                () -> papers.issue(id, meetingId, version, user));
    }

    @GetMapping("/partnerships/{id}/meetings/{meetingId}/pack.pdf")
    org.springframework.http.ResponseEntity<byte[]> pack(
            @PathVariable long id, @PathVariable long meetingId, CurrentUser user) {
        return papers.pack(id, meetingId, user).response();
    }

    @GetMapping("/partnerships/{id}/meetings/{meetingId}/papers/{paperId}")
    org.springframework.http.ResponseEntity<byte[]> paper(
            @PathVariable long id, @PathVariable long meetingId, @PathVariable long paperId, CurrentUser user) {
        return papers.paper(id, meetingId, paperId, user).response();
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/papers/{paperId}/remove")
    String removePaper(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable long paperId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                meetingId,
                "paper-" + paperId,
                user,
                model,
                redirect,
                "meeting.paper.removed",
                () -> papers.remove(id, meetingId, version, paperId, user));
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/cancel")
    String cancel(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                meetingId,
                "cancel",
                user,
                model,
                redirect,
                "meeting.cancelled",
                () -> meetings.cancel(id, meetingId, version, user));
    }

    /** A button's action: back to the meeting with a banner, or the meeting with the refusal linked to the button. */
    private String button(
            long id,
            long meetingId,
            String target,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable action) {
        var result = new MapBindingResult(new HashMap<>(), "meeting");
        if (Forms.submit(result, action)) {
            redirect.addFlashAttribute("done", Message.of(done));
            return back(id, meetingId);
        }
        model.addAttribute("problems", Problem.of(target, result));
        return meeting(id, meetingId, user, model);
    }

    private static String back(long id, long meetingId) {
        return "redirect:/partnerships/" + id + "/meetings/" + meetingId;
    }
}
