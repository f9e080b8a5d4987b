package scot.cairn.meeting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.meeting.MeetingDetails;
import scot.cairn.meeting.MeetingService;
import scot.cairn.meeting.MeetingTimes;
import scot.cairn.meeting.MeetingView;
import scot.cairn.meeting.Repeat;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** The meetings list, scheduling a meeting or a series, and changing or cancelling one. */
@Controller
class MeetingController {

    private final PartnershipService partnerships;
    private final MeetingService meetings;
    private final scot.cairn.meeting.PaperService papers;

    MeetingController(
            PartnershipService partnerships, MeetingService meetings, scot.cairn.meeting.PaperService papers) {
        this.partnerships = partnerships;
        this.meetings = meetings;
        this.papers = papers;
    }

    /** A meeting as typed: the check boxes are absent when not ticked. */
    record MeetingForm(
            Long groupId,
            String title,
            LocalDate date,
            String starts,
            String ends,
            String place,
            String onlineLink,
            Boolean stepFree,
            Boolean hearingLoop,
            String accessNotes,
            Repeat repeat,
            Integer count) {

        static MeetingForm of(MeetingView m) {
            return new MeetingForm(
                    m.groupId(),
                    m.title(),
                    m.startsAt().toLocalDate(),
                    MeetingTimes.show(m.startsAt().toLocalTime()),
                    MeetingTimes.show(m.endsAt().toLocalTime()),
                    m.place(),
                    m.onlineLink(),
                    m.stepFree(),
                    m.hearingLoop(),
                    m.accessNotes(),
                    Repeat.ONCE,
                    null);
        }

        /** The details, the times read as people write them; a time that is not one is refused on its field. */
        MeetingDetails details() {
            var refusals = new scot.cairn.platform.InvalidInputException.Collector();
            LocalTime from = null;
            LocalTime to = null;
            try {
                from = MeetingTimes.parse("starts", starts);
            } catch (scot.cairn.platform.InvalidInputException e) {
                refusals.rejectIf(true, "starts", "meeting.edit.timeInvalid");
            }
            try {
                to = MeetingTimes.parse("ends", ends);
            } catch (scot.cairn.platform.InvalidInputException e) {
                refusals.rejectIf(true, "ends", "meeting.edit.timeInvalid");
            }
            refusals.throwIfAny();
            return new MeetingDetails(
                    groupId,
                    title,
                    date,
                    from,
                    to,
                    place,
                    onlineLink,
                    stepFree,
                    hearingLoop,
                    accessNotes,
                    repeat,
                    count);
        }
    }

    /** A group's deadline for papers, in working days before each meeting. */
    record Deadline(long groupId, String groupKey, int days) {}

    @GetMapping("/partnerships/{id}/meetings")
    String list(@PathVariable long id, CurrentUser user, Model model) {
        var all = meetings.meetings(id, user);
        var p = meetings.partnership(id, null, user);
        model.addAttribute("p", p);
        model.addAttribute("guestView", p.viewerRole() == null && !user.administrator());
        model.addAttribute("upcoming", all.stream().filter(m -> !m.past()).toList());
        var past =
                new java.util.ArrayList<>(all.stream().filter(MeetingView::past).toList());
        java.util.Collections.reverse(past);
        model.addAttribute("past", past);
        boolean mayEdit = meetings.mayEdit(id, user);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute(
                "deadlines",
                mayEdit
                        ? meetings.groups(id, user).stream()
                                .map(g -> new Deadline(
                                        g.id(),
                                        g.kind().labelKey(),
                                        papers.deadline(id, g.id(), user).paperDays()))
                                .toList()
                        : List.of());
        return "meeting/list";
    }

    @GetMapping("/partnerships/{id}/meetings/new")
    String newMeeting(@PathVariable long id, CurrentUser user, Model model) {
        meetings.checkMayEdit(id, user);
        model.addAttribute(
                "form",
                new MeetingForm(null, null, null, "10:00", "12:00", null, null, null, null, null, Repeat.ONCE, null));
        return form(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings")
    String schedule(
            @PathVariable long id,
            @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        List<MeetingView>[] saved = new List[1];
        if (Forms.submit(result, () -> saved[0] = meetings.schedule(id, form.details(), user))) {
            var first = saved[0].get(0);
            redirect.addFlashAttribute(
                    "done", Message.of("meeting.edit.scheduled", saved[0].size(), first.reference()));
            return "redirect:/partnerships/" + id + "/meetings/" + first.id();
        }
        meetings.checkMayEdit(id, user);
        return form(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/meetings/{meetingId}/edit")
    String edit(@PathVariable long id, @PathVariable long meetingId, CurrentUser user, Model model) {
        meetings.checkMayEdit(id, user);
        var m = meetings.meeting(id, meetingId, user);
        model.addAttribute("form", MeetingForm.of(m));
        return form(id, m, m.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/edit")
    String change(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> meetings.change(id, meetingId, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.edit.saved"));
            return "redirect:/partnerships/" + id + "/meetings/" + meetingId;
        }
        meetings.checkMayEdit(id, user);
        return form(id, meetings.meeting(id, meetingId, user), version, user, model);
    }

    private String form(long id, MeetingView m, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("m", m).addAttribute("version", version);
        model.addAttribute(
                "groups",
                meetings.groups(id, user).stream()
                        .map(g -> new Option(
                                Long.toString(g.id()), Message.of(g.kind().labelKey())))
                        .toList());
        model.addAttribute("repeats", Option.of(Repeat.values()));
        return "meeting/edit";
    }
}
