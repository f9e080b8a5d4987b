package scot.cairn.consultation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import scot.cairn.consultation.ResponseService;
import scot.cairn.platform.web.Forms;

/**
 * A consultation answered through its link, by anyone, without an account or JavaScript. Too many answers from one
 * address, or through the link, within the hour are refused with 429 and a message.
 */
@Controller
class PublicConsultationController {

    private static final String PATH = "/public/consultations/{token}";

    private final ResponseService responses;

    PublicConsultationController(ResponseService responses) {
        this.responses = responses;
    }

    @GetMapping(PATH)
    String form(@PathVariable String token, org.springframework.security.web.csrf.CsrfToken csrf, Model model) {
        // Made before the page streams out, so that the session cookie carrying it can still be sent with a long page.
        csrf.getToken();
        model.addAttribute("c", responses.publicForm(token)).addAttribute("token", token);
        AnswerForms.empty(model);
        return "consultation/public";
    }

    @PostMapping(PATH)
    String answer(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var c = responses.publicForm(token);
        var result = new MapBindingResult(new HashMap<>(), "answers");
        try {
            if (Forms.submit(
                    result,
                    () -> responses.respondOnline(
                            token,
                            AnswerForms.read(c.questions(), params),
                            params.getFirst("respondent"),
                            request.getRemoteAddr()))) {
                return "redirect:/public/consultations/" + token + "/thanks";
            }
        } catch (ResponseService.TooManyAnswers e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            result.reject("consultation.answer.tooMany");
        }
        model.addAttribute("c", c).addAttribute("token", token);
        AnswerForms.refused(model, params, result);
        if (response.getStatus() == HttpStatus.OK.value()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "consultation/public";
    }

    @GetMapping(PATH + "/thanks")
    String thanks(@PathVariable String token, Model model) {
        model.addAttribute("c", responses.publicForm(token));
        return "consultation/thanks";
    }
}
