package scot.cairn.consultation.web;

import java.time.LocalDate;
import java.util.HashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.consultation.Channel;
import scot.cairn.consultation.ConsultationDownloads;
import scot.cairn.consultation.ConsultationService;
import scot.cairn.consultation.ResponseDetails;
import scot.cairn.consultation.ResponseService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** Responses entered by the team, and the results with their downloads. */
@Controller
class ResponseController {

    private static final String BASE = ConsultationController.BASE + "/{cid}";

    private final PartnershipService partnerships;
    private final ConsultationService consultations;
    private final ResponseService responses;
    private final ConsultationDownloads downloads;

    ResponseController(
            PartnershipService partnerships,
            ConsultationService consultations,
            ResponseService responses,
            ConsultationDownloads downloads) {
        this.partnerships = partnerships;
        this.consultations = consultations;
        this.responses = responses;
        this.downloads = downloads;
    }

    @GetMapping(BASE + "/responses/new")
    String newResponse(@PathVariable long id, @PathVariable long cid, CurrentUser user, Model model) {
        consultations.checkMayEdit(id, user);
        AnswerForms.empty(model);
        return entryPage(id, cid, user, model);
    }

    @PostMapping(BASE + "/responses")
    String record(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam MultiValueMap<String, String> params,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var c = consultations.get(id, cid, user);
        var result = new MapBindingResult(new HashMap<>(), "response");
        var details = new ResponseDetails(
                channel(params.getFirst("channel")),
                date(params.getFirst("receivedOn"), result),
                params.getFirst("respondent"),
                number(params.getFirst("onBehalfOf")),
                AnswerForms.read(c.questions(), params));
        if (!result.hasErrors() && Forms.submit(result, () -> responses.record(id, cid, details, user))) {
            redirect.addFlashAttribute("done", Message.of("consultation.response.recorded"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "/results";
        }
        consultations.checkMayEdit(id, user);
        AnswerForms.refused(model, params, result);
        return entryPage(id, cid, user, model);
    }

    @GetMapping(BASE + "/results")
    String results(@PathVariable long id, @PathVariable long cid, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("r", responses.results(id, cid, user));
        return "consultation/results";
    }

    @GetMapping(BASE + "/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        return downloads.csv(id, cid, user).response();
    }

    @GetMapping(BASE + "/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        return downloads.workbook(id, cid, user).response();
    }

    private String entryPage(long id, long cid, CurrentUser user, Model model) {
        var p = partnerships.get(id, user);
        model.addAttribute("p", p);
        model.addAttribute("c", consultations.get(id, cid, user));
        model.addAttribute("channels", Option.of(new Channel[] {Channel.PAPER, Channel.WORKSHOP, Channel.INTERVIEW}));
        model.addAttribute(
                "people",
                p.members().stream()
                        .map(m -> new Option(String.valueOf(m.personId()), m.fullName()))
                        .toList());
        return "consultation/response";
    }

    private static Channel channel(String value) {
        try {
            return value == null || value.isBlank() ? null : Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value, MapBindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            result.rejectValue("receivedOn", "consultation.response.dateInvalid");
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
