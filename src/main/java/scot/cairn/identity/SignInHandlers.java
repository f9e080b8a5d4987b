package scot.cairn.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import scot.cairn.platform.web.Languages;

/**
 * After sign-in, goes where the person was heading (or the home page, their to-do list); after a failure, back to the sign-in page
 * saying why. {@link SignInProvider} has already counted the failure. The page says the same for an address with an
 * account as for one without.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final LanguagePreference languages;
    private final LocaleResolver locales;

    SignInHandlers(LanguagePreference languages, LocaleResolver locales) {
        this.languages = languages;
        this.locales = locales;
        setDefaultTargetUrl("/");
    }

    /**
     * A language chosen in this browser before signing in is the person's latest choice, and is kept on their account;
     * otherwise the language chosen on the account follows the person to this browser.
     */
    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof CairnPrincipal p) {
            long person = p.user().personId();
            Languages.chosenIn(request)
                    .ifPresentOrElse(
                            chosen -> languages.choose(person, chosen),
                            () -> languages.of(person).ifPresent(l -> locales.setLocale(request, response, l)));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String outcome = exception instanceof LockedException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/sign-in?" + outcome);
    }
}
