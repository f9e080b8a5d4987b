package scot.cairn.engagement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import scot.cairn.engagement.EnquiryService;
import scot.cairn.engagement.PublicPageService;
import scot.cairn.platform.web.Forms;

/**
 * A partnership's public page, for anyone, without an account or JavaScript; 404 unless the board turned it on. Its
 * enquiry form is rate-limited (429 with a message) and carries a field people do not see, which robots fill in.
 */
@Controller
class PublicPartnershipController {

    private final PublicPageService page;
    private final EnquiryService enquiries;

    PublicPartnershipController(PublicPageService page, EnquiryService enquiries) {
        this.page = page;
        this.enquiries = enquiries;
    }

    /** What someone typed into the enquiry form. */
    record AskForm(String askedBy, String email, String organisation, String question, String website) {}

    @GetMapping("/public/partnerships/{id}")
    String page(@PathVariable long id, org.springframework.security.web.csrf.CsrfToken csrf, Model model) {
        // The form is at the foot of a long page: its token must be made (with the visitor's session, and the
        // cookie that names it) before the page starts streaming out, or the cookie could not be sent any more.
        csrf.getToken();
        model.addAttribute("pp", page.page(id));
        if (!model.containsAttribute("ask")) {
            model.addAttribute("ask", new AskForm(null, null, null, null, null));
        }
        return "engagement/public";
    }

    @PostMapping("/public/partnerships/{id}/enquiries")
    String ask(
            @PathVariable long id,
            @ModelAttribute("ask") AskForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.web.csrf.CsrfToken csrf,
            Model model) {
        try {
            if (Forms.submit(
                    result,
                    () -> enquiries.ask(
                            id,
                            form.askedBy(),
                            form.email(),
                            form.organisation(),
                            form.question(),
                            form.website(),
                            request.getRemoteAddr()))) {
                return "redirect:/public/partnerships/" + id + "/thanks";
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (EnquiryService.TooManyEnquiries e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            result.reject("engagement.enquiry.tooMany");
        }
        return page(id, csrf, model);
    }

    @GetMapping("/public/partnerships/{id}/thanks")
    String thanks(@PathVariable long id, Model model) {
        model.addAttribute("pp", page.page(id));
        return "engagement/thanks";
    }
}
