package scot.cairn.meeting.web;

import java.io.IOException;
import java.util.HashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.meeting.MeetingService;
import scot.cairn.meeting.PaperService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;
import scot.cairn.platform.web.Uploads;

/** Adding a paper to a meeting's agenda, and each group's deadline for papers. */
@Controller
class PaperController {

    private final MeetingService meetings;
    private final PaperService papers;

    PaperController(MeetingService meetings, PaperService papers) {
        this.meetings = meetings;
        this.papers = papers;
    }

    @GetMapping("/partnerships/{id}/meetings/{meetingId}/papers")
    String form(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer item,
            CurrentUser user,
            Model model) {
        meetings.checkMayEdit(id, user);
        model.addAttribute(
                "problems",
                Uploads.refusal(model).map(refused -> Problem.words("file", refused)).stream()
                        .toList());
        return page(id, meetingId, item, null, user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/{meetingId}/papers")
    String add(
            @PathVariable long id,
            @PathVariable long meetingId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer item,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var result = new MapBindingResult(new HashMap<>(), "paper");
        var upload = new PaperService.Upload(
                title, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        if (item == null) {
            result.rejectValue("item", "meeting.paper.chooseItem");
        } else if (Forms.submit(result, () -> papers.add(id, meetingId, version, item, upload, user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.paper.added", upload.fileName()));
            return "redirect:/partnerships/" + id + "/meetings/" + meetingId + "#papers";
        }
        model.addAttribute("problems", Problem.of("file", result));
        return page(id, meetingId, item, title, user, model);
    }

    private String page(long id, long meetingId, Integer item, String title, CurrentUser user, Model model) {
        var m = meetings.meeting(id, meetingId, user);
        model.addAttribute("p", meetings.partnership(id, meetingId, user));
        model.addAttribute("m", m);
        model.addAttribute("item", item == null ? null : Integer.toString(item));
        model.addAttribute("title", title);
        model.addAttribute(
                "items",
                m.agenda().stream()
                        .map(i -> new Option(Integer.toString(i.itemKey()), (i.position() + 1) + ". " + i.title()))
                        .toList());
        return "meeting/paper";
    }

    @GetMapping("/partnerships/{id}/meetings/groups/{groupId}/deadline")
    String deadline(@PathVariable long id, @PathVariable long groupId, CurrentUser user, Model model) {
        meetings.checkMayEdit(id, user);
        var setting = papers.deadline(id, groupId, user);
        return deadlinePage(id, groupId, Integer.toString(setting.paperDays()), setting.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/meetings/groups/{groupId}/deadline")
    String setDeadline(
            @PathVariable long id,
            @PathVariable long groupId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String paperDays,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "deadline");
        Integer days = null;
        try {
            days = paperDays == null || paperDays.isBlank() ? null : Integer.valueOf(paperDays.strip());
        } catch (NumberFormatException notANumber) {
            days = -1;
        }
        var chosen = days;
        if (Forms.submit(result, () -> papers.setDeadline(id, groupId, version, chosen, user))) {
            redirect.addFlashAttribute("done", Message.of("meeting.deadline.saved"));
            return "redirect:/partnerships/" + id + "/meetings";
        }
        model.addAttribute("problems", Problem.of("paperDays", result));
        return deadlinePage(id, groupId, paperDays, version, user, model);
    }

    private String deadlinePage(
            long id, long groupId, String paperDays, Integer version, CurrentUser user, Model model) {
        var group = meetings.groups(id, user).stream()
                .filter(g -> g.id() == groupId)
                .findFirst()
                .orElseThrow(() -> new scot.cairn.platform.NotFoundException("Group"));
        model.addAttribute("p", meetings.partnership(id, null, user));
        model.addAttribute("group", group);
        model.addAttribute("paperDays", paperDays);
        model.addAttribute("version", version);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", java.util.List.of());
        }
        return "meeting/deadline";
    }
}
