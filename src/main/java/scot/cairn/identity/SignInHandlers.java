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

/** Counts wrong passwords towards lock-out and sends the user back to the sign-in page with the reason. */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final AccountService accounts;

    SignInHandlers(AccountService accounts) {
        this.accounts = accounts;
        setDefaultTargetUrl("/partnerships");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        if (auth.getPrincipal() instanceof CairnPrincipal principal) {
            accounts.recordSuccessfulSignIn(principal.user().accountId());
        }
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String outcome = "error";
        if (exception instanceof LockedException) {
            outcome = "locked";
        } else {
            String email = request.getParameter("email");
            accounts.recordFailedSignIn(email);
            if (email != null && isLocked(email)) {
                outcome = "locked";
            }
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?" + outcome);
    }

    private boolean isLocked(String email) {
        try {
            return !accounts.loadUserByUsername(email).isAccountNonLocked();
        } catch (RuntimeException unknownEmail) {
            return false;
        }
    }
}
