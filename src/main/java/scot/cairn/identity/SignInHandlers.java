package scot.cairn.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in, goes where the person was heading (or their partnerships); after a failure, back to the sign-in page
 * saying why. {@link SignInProvider} has already counted the failure. The page says the same for an address with an
 * account as for one without.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    SignInHandlers() {
        setDefaultTargetUrl("/partnerships");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String outcome = exception instanceof LockedException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/sign-in?" + outcome);
    }
}
