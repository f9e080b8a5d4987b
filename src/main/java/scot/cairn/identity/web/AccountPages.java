package scot.cairn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.directory.PersonService;
import scot.cairn.identity.ApiTokenService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.NewApiToken;
import scot.cairn.identity.PasswordService;
import scot.cairn.identity.SignedInSessions;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;

/**
 * "Your account": who you are, changing your password (which signs you out everywhere else), and your personal API
 * tokens. A new token's secret is shown on the page once, straight after it is created, and never again.
 */
@Controller
class AccountPages {

    private static final String PAGE = "identity/account";

    private final PersonService people;
    private final PasswordService passwords;
    private final ApiTokenService tokens;
    private final SignedInSessions sessions;

    AccountPages(PersonService people, PasswordService passwords, ApiTokenService tokens, SignedInSessions sessions) {
        this.people = people;
        this.passwords = passwords;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @GetMapping("/account")
    String account(CurrentUser user, Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        model.addAttribute("tokenForm", TokenForm.empty());
        return page(user, model);
    }

    @PostMapping("/account/password")
    String changePassword(
            CurrentUser user,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!Forms.submit(
                result,
                () -> passwords.change(user, form.currentPassword(), form.newPassword(), form.confirmPassword()))) {
            model.addAttribute("tokenForm", TokenForm.empty());
            return page(user, model);
        }
        // The change signs the person out everywhere; here, where they made it, they stay signed in.
        sessions.renew(request, response);
        redirect.addFlashAttribute("success", Message.of("identity.account.passwordChanged"));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            CurrentUser user,
            @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        var created = new AtomicReference<NewApiToken>();
        model.addAttribute("passwordForm", PasswordForm.empty());
        if (!Forms.submit(result, () -> created.set(tokens.create(user, form.name())))) {
            return page(user, model);
        }
        // The secret is shown in the answer to this request and nowhere else: not kept in the session (which lives in
        // the database) for a redirect, and not kept by the browser's cache.
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("newToken", created.get());
        model.addAttribute("tokenForm", TokenForm.empty());
        return page(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("success", Message.of("identity.token.revoked"));
        return "redirect:/account#tokens";
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("person", people.get(user.personId()));
        model.addAttribute("tokens", tokens.list(user));
        return PAGE;
    }
}
