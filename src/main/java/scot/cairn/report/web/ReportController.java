package scot.cairn.report.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import org.springframework.http.ResponseEntity;
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
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;
import scot.cairn.report.HighlightService;
import scot.cairn.report.HighlightView;
import scot.cairn.report.ReportDetails;
import scot.cairn.report.ReportDownloads;
import scot.cairn.report.ReportRag;
import scot.cairn.report.ReportSection;

/** The partnership's highlight reports: the list, starting one, writing it, submitting it, and the board's notes. */
@Controller
class ReportController {

    private final PartnershipService partnerships;
    private final HighlightService reports;
    private final ReportDownloads downloads;

    ReportController(PartnershipService partnerships, HighlightService reports, ReportDownloads downloads) {
        this.partnerships = partnerships;
        this.reports = reports;
        this.downloads = downloads;
    }

    /** The period of a new report. */
    record StartForm(LocalDate from, LocalDate to) {}

    /** What the Project Manager writes, a field per section. */
    record WriteForm(
            String stage,
            String plan,
            String risks,
            String decisions,
            String actions,
            String outcomes,
            String sroi,
            String sustainability,
            ReportRag rag) {

        static WriteForm of(HighlightView r) {
            var c = new EnumMap<ReportSection, String>(ReportSection.class);
            r.sections().forEach(s -> c.put(s.section(), s.commentary()));
            return new WriteForm(
                    c.get(ReportSection.STAGE),
                    c.get(ReportSection.PLAN),
                    c.get(ReportSection.RISKS),
                    c.get(ReportSection.DECISIONS),
                    c.get(ReportSection.ACTIONS),
                    c.get(ReportSection.OUTCOMES),
                    c.get(ReportSection.SROI),
                    c.get(ReportSection.SUSTAINABILITY),
                    r.rag());
        }

        ReportDetails details() {
            var c = new EnumMap<ReportSection, String>(ReportSection.class);
            c.put(ReportSection.STAGE, stage);
            c.put(ReportSection.PLAN, plan);
            c.put(ReportSection.RISKS, risks);
            c.put(ReportSection.DECISIONS, decisions);
            c.put(ReportSection.ACTIONS, actions);
            c.put(ReportSection.OUTCOMES, outcomes);
            c.put(ReportSection.SROI, sroi);
            c.put(ReportSection.SUSTAINABILITY, sustainability);
            return new ReportDetails(c, rag);
        }
    }

    @GetMapping("/partnerships/{id}/reports")
    String list(@PathVariable long id, @RequestParam(defaultValue = "1") int page, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("reports", reports.reports(id, page, user));
        boolean mayWrite = reports.mayWrite(id, user);
        model.addAttribute("mayWrite", mayWrite);
        if (mayWrite && !model.containsAttribute("form")) {
            var next = reports.nextPeriod(id, user);
            model.addAttribute("form", new StartForm(next.from(), next.to()));
        }
        return "report/list";
    }

    @PostMapping("/partnerships/{id}/reports")
    String start(
            @PathVariable long id,
            @ModelAttribute("form") StartForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new HighlightView[1];
        if (Forms.submit(
                result,
                () -> saved[0] = reports.start(id, new HighlightService.Period(form.from(), form.to()), user))) {
            redirect.addFlashAttribute("done", Message.of("report.start.done", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/reports/" + saved[0].id();
        }
        return list(id, 1, user, model);
    }

    @GetMapping("/partnerships/{id}/reports/{reportId}")
    String report(@PathVariable long id, @PathVariable long reportId, CurrentUser user, Model model) {
        var r = reports.report(id, reportId, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("r", r);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WriteForm.of(r));
        }
        model.addAttribute("rags", Option.of(ReportRag.values()));
        model.addAttribute("sections", ReportSection.values());
        return "report/report";
    }

    @PostMapping("/partnerships/{id}/reports/{reportId}/write")
    String write(
            @PathVariable long id,
            @PathVariable long reportId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") WriteForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> reports.write(id, reportId, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("report.write.saved"));
            return "redirect:/partnerships/" + id + "/reports/" + reportId;
        }
        model.addAttribute("formVersion", version);
        return report(id, reportId, user, model);
    }

    @PostMapping("/partnerships/{id}/reports/{reportId}/regenerate")
    String regenerate(
            @PathVariable long id,
            @PathVariable long reportId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                reportId,
                "regenerate",
                model,
                redirect,
                user,
                "report.regenerate.done",
                () -> reports.regenerate(id, reportId, version, user));
    }

    /** Saves what the commentary form holds and submits the report, in one step. */
    @PostMapping("/partnerships/{id}/reports/{reportId}/submit")
    String submit(
            @PathVariable long id,
            @PathVariable long reportId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") WriteForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> reports.submit(id, reportId, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("report.submit.done"));
            return "redirect:/partnerships/" + id + "/reports/" + reportId;
        }
        model.addAttribute("formVersion", version);
        return report(id, reportId, user, model);
    }

    @PostMapping("/partnerships/{id}/reports/{reportId}/note")
    String note(
            @PathVariable long id,
            @PathVariable long reportId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String comment,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                reportId,
                "comment",
                model,
                redirect,
                user,
                "report.note.done",
                () -> reports.note(id, reportId, version, comment, user));
    }

    @GetMapping("/partnerships/{id}/reports/{reportId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long reportId, CurrentUser user) {
        return downloads.pdf(id, reportId, user).response();
    }

    /** A button's action: on success back to the report with a banner; refused, the report with the refusal. */
    private String button(
            long id,
            long reportId,
            String target,
            Model model,
            RedirectAttributes redirect,
            CurrentUser user,
            String done,
            Runnable action) {
        var result = new MapBindingResult(new HashMap<>(), "report");
        if (Forms.submit(result, action)) {
            redirect.addFlashAttribute("done", Message.of(done));
            return "redirect:/partnerships/" + id + "/reports/" + reportId;
        }
        model.addAttribute("problems", Problem.of(target, result));
        return report(id, reportId, user, model);
    }
}
