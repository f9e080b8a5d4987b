package scot.cairn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.LinkRefusedException;
import scot.cairn.identity.LinkState;
import scot.cairn.identity.PasswordResets;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;

/**
 * "Forgot your password?": asking for a link, which always answers "check your email" whether or not the address has
 * an account, then choosing a new password with the link. Opening the link never uses it up; saving does, signs the
 * person out everywhere else and signs them in here.
 */
@Controller
class PasswordResetPages {

    private static final String KIND = "reset";

    private final PasswordResets resets;
    private final LinkSignIn signIn;

    PasswordResetPages(PasswordResets resets, LinkSignIn signIn) {
        this.resets = resets;
        this.signIn = signIn;
    }

    @GetMapping("/password-reset")
    String askForm(Model model) {
        model.addAttribute("form", new ResetRequestForm(null));
        return "identity/reset-ask";
    }

    @PostMapping("/password-reset")
    String ask(@ModelAttribute("form") ResetRequestForm form, BindingResult result, Locale locale) {
        if (!Forms.submit(result, () -> resets.request(form.email(), locale))) {
            return "identity/reset-ask";
        }
        return "redirect:/password-reset/sent";
    }

    @GetMapping("/password-reset/sent")
    String sent() {
        return "identity/reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String chooseForm(@PathVariable String token, Model model, HttpServletResponse response) {
        LinkPages.keepSecret(response);
        model.addAttribute("token", token);
        var state = resets.check(token);
        if (state != LinkState.OPEN) {
            return LinkPages.refused(state, KIND, model, response);
        }
        model.addAttribute("form", NewPasswordForm.empty());
        return "identity/reset-choose";
    }

    @PostMapping("/password-reset/{token}")
    String choose(
            @PathVariable String token,
            @ModelAttribute("form") NewPasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        LinkPages.keepSecret(response);
        model.addAttribute("token", token);
        var user = new AtomicReference<CurrentUser>();
        try {
            if (!Forms.submit(result, () -> user.set(resets.reset(token, form.password(), form.confirmPassword())))) {
                return "identity/reset-choose";
            }
        } catch (LinkRefusedException e) {
            return LinkPages.refused(e.state(), KIND, model, response);
        }
        signIn.signIn(user.get(), request, response);
        redirect.addFlashAttribute("success", Message.of("identity.reset.done"));
        return "redirect:/account";
    }
}
