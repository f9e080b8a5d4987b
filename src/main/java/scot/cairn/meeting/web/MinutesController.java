package scot.cairn.meeting.web;

import java.time.LocalDate;
import java.util.HashMap;
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
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.identity.CurrentUser;
import scot.cairn.meeting.ActionDetails;
import scot.cairn.meeting.ActionService;
import scot.cairn.meeting.MeetingService;
import scot.cairn.meeting.MeetingView;
import scot.cairn.meeting.MinutesService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;

/**
 * A meeting's minutes: the whole minutes (circulating the draft, recording its approval at a later meeting) and each
 * item's page, where the discussion, the decisions and the actions are recorded.
 */
@Controller
class MinutesController {

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final ActionService actions;
    private final DecisionService decisions;

    MinutesController(
            MeetingService meetings, MinutesService minutes, ActionService actions, DecisionService decisions) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.actions = actions;
        this.decisions = decisions;
    }

    /** The discussion as typed. */
    record DiscussionForm(String discussion) {}

    /** A decision taken at the meeting, as typed; {@code joint} is "true" or "false". */
    record DecisionForm(String title, String decision, String joint) {}

    /** An action agreed under the item, as typed. */
    record ActionForm(String text, Long ownerId, LocalDate due) {}

    @GetMapping("/partnerships/{id}/meetings/{meetingId}/minutes")
    String minutes(@PathVariable long id, @PathVariable long meetingId, CurrentUser user, Model model) {
        var m = meetings.meeting(id, meetingId, user);
        model.addAttribute("p", meetings.partnership(id, meetingId, user));
        model.addAttribute("m", m);
        model.addAttribute("actions", m.guestView() ? List.of() : actions.agreedAt(id, meetingId, user));
        model.addAttribute(
                "approvers",
                m.mayEdit() && m.minutesCirculatedAt() != null
                        ? minutes.approvers(id, meetingId, user).stream()
                                .map(c -> new Option(Long.toString(c.id()), c.label()))
                                .toList()
                        : List.of());
        return "meeting/minutes";
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/minutes/circulate")
    String circulate(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "minutes");
        if (Forms.submit(result, () -> minutes.circulate(id, meetingId, version, user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.minutes.circulated"));
            return "redirect:/partnerships/" + id + "/meetings/" + meetingId + "/minutes";
        }
        model.addAttribute("problems", Problem.of("circulate", result));
        return minutes(id, meetingId, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/minutes/approve")
    String approve(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long approvedIn,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "minutes");
        if (Forms.submit(result, () -> minutes.approve(id, meetingId, version, approvedIn, user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.minutes.approved"));
            return "redirect:/partnerships/" + id + "/meetings/" + meetingId + "/minutes";
        }
        model.addAttribute("problems", Problem.of("approvedIn", result));
        return minutes(id, meetingId, user, model);
    }

    @GetMapping("/partnerships/{id}/meetings/{meetingId}/minutes/{itemKey}")
    String item(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int itemKey,
            CurrentUser user,
            Model model) {
        meetings.checkMayEdit(id, user);
        var m = meetings.meeting(id, meetingId, user);
        var item = item(m, itemKey);
        if (!model.containsAttribute("discussionForm")) {
            model.addAttribute("discussionForm", new DiscussionForm(item.discussion()));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm(null, null, "true"));
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new ActionForm(null, null, null));
        }
        var p = meetings.partnership(id, meetingId, user);
        model.addAttribute("p", p);
        model.addAttribute("m", m);
        model.addAttribute("i", item);
        model.addAttribute(
                "itemActions",
                actions.agreedAt(id, meetingId, user).stream()
                        .filter(a -> a.itemKey() != null && a.itemKey() == itemKey)
                        .toList());
        var minuted = m.agenda().stream()
                .flatMap(x -> x.decisions().stream())
                .map(MeetingView.DecisionMinuted::id)
                .toList();
        model.addAttribute(
                "logDecisions",
                decisions.log(id, user).stream()
                        .filter(d -> d.status() != DecisionStatus.WITHDRAWN && !minuted.contains(d.id()))
                        .limit(200)
                        .map(d -> new Option(Long.toString(d.id()), d.reference() + " " + d.title()))
                        .toList());
        model.addAttribute(
                "owners",
                p.participants().stream()
                        .map(o -> new Option(Long.toString(o.personId()), o.fullName()))
                        .toList());
        model.addAttribute(
                "jointOptions",
                List.of(
                        new Option("true", Message.of("meeting.minutes.jointYes")),
                        new Option("false", Message.of("meeting.minutes.jointNo"))));
        return "meeting/minute-item";
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/minutes/{itemKey}/discussion")
    String discussion(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int itemKey,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("discussionForm") DiscussionForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> minutes.minute(id, meetingId, version, itemKey, form.discussion(), user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.minutes.saved"));
            return back(id, meetingId, itemKey);
        }
        return item(id, meetingId, itemKey, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/minutes/{itemKey}/decisions")
    String decide(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int itemKey,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var d = new MinutesService.MinutedDecision(
                form.title(), form.decision(), form.joint() == null ? null : Boolean.valueOf(form.joint()));
        if (Forms.submit(result, () -> minutes.decide(id, meetingId, version, itemKey, d, user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.minutes.decided"));
            return back(id, meetingId, itemKey);
        }
        return item(id, meetingId, itemKey, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/minutes/{itemKey}/links")
    String link(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int itemKey,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long decisionId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "link");
        if (Forms.submit(result, () -> minutes.link(id, meetingId, version, itemKey, decisionId, user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.minutes.linked"));
            return back(id, meetingId, itemKey);
        }
        model.addAttribute("problems", Problem.of("decisionId", result));
        return item(id, meetingId, itemKey, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/minutes/{itemKey}/decisions/{decisionId}/remove")
    String unlink(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int itemKey,
            @PathVariable long decisionId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "unlink");
        if (Forms.submit(result, () -> minutes.unlink(id, meetingId, version, decisionId, user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.minutes.unlinked"));
            return back(id, meetingId, itemKey);
        }
        model.addAttribute("problems", Problem.of("remove-" + decisionId, result));
        return item(id, meetingId, itemKey, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/minutes/{itemKey}/actions")
    String agree(
            @PathVariable long id,
            @PathVariable long meetingId,
            @PathVariable int itemKey,
            @ModelAttribute("actionForm") ActionForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new scot.cairn.meeting.ActionView[1];
        if (Forms.submit(
                result,
                () -> saved[0] = actions.agree(
                        id, meetingId, new ActionDetails(form.text(), form.ownerId(), form.due(), itemKey), user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.action.agreed", saved[0].reference()));
            return back(id, meetingId, itemKey);
        }
        return item(id, meetingId, itemKey, user, model);
    }

    private static MeetingView.ItemView item(MeetingView m, int itemKey) {
        return m.agenda().stream()
                .filter(i -> i.itemKey() == itemKey)
                .findFirst()
                .orElseThrow(() -> new scot.cairn.platform.NotFoundException("Agenda item"));
    }

    private static String back(long id, long meetingId, int itemKey) {
        return "redirect:/partnerships/" + id + "/meetings/" + meetingId + "/minutes/" + itemKey;
    }
}
