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
import scot.cairn.identity.InvitationService;
import scot.cairn.identity.LinkRefusedException;
import scot.cairn.identity.LinkState;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;

/**
 * The page an invitation email links to: the invitee chooses their own password, is signed in and goes where they
 * were invited. Opening the link never uses it up; saving does.
 */
@Controller
class InvitationPages {

    private static final String KIND = "invitation";
    private static final String FORM = "identity/invitation";

    private final InvitationService invitations;
    private final LinkSignIn signIn;

    InvitationPages(InvitationService invitations, LinkSignIn signIn) {
        this.invitations = invitations;
        this.signIn = signIn;
    }

    @GetMapping("/invitations/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        LinkPages.keepSecret(response);
        model.addAttribute("token", token);
        var state = invitations.check(token);
        if (state != LinkState.OPEN) {
            return LinkPages.refused(state, KIND, model, response);
        }
        model.addAttribute("form", NewPasswordForm.empty());
        return FORM;
    }

    @PostMapping("/invitations/{token}")
    String accept(
            @PathVariable String token,
            @ModelAttribute("form") NewPasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        LinkPages.keepSecret(response);
        model.addAttribute("token", token);
        var accepted = new AtomicReference<InvitationService.Accepted>();
        try {
            if (!Forms.submit(
                    result, () -> accepted.set(invitations.accept(token, form.password(), form.confirmPassword())))) {
                return FORM;
            }
        } catch (LinkRefusedException e) {
            return LinkPages.refused(e.state(), KIND, model, response);
        }
        signIn.signIn(accepted.get().user(), request, response);
        redirect.addFlashAttribute("done", Message.of("identity.invitation.done"));
        return "redirect:" + safe(accepted.get().landing());
    }

    /** Only a path on Cairn itself, never another site. */
    private static String safe(String landing) {
        return landing.startsWith("/") && !landing.startsWith("//") ? landing : "/partnerships";
    }
}
