package scot.cairn.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps each signed-in session in step with the account behind it. On every page request the session's principal is
 * checked against the account: a changed administrator right, or changed details, take effect on that request; a
 * session whose account is gone, or which signed in before the password last changed, ends. The check reads the
 * database, not anything held in memory, so it holds however many application nodes share the database.
 */
@Component
public class SignedInSessions {

    private final AccountService accounts;
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SignedInSessions(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Where the pages keep who is signed in; the sign-in form and this class must use the same. */
    SecurityContextRepository repository() {
        return repository;
    }

    void refresh(HttpServletRequest request, HttpServletResponse response) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CairnPrincipal signedIn)) {
            return;
        }
        var refreshed = accounts.refreshed(signedIn);
        if (refreshed.isEmpty()) {
            end(request);
        } else if (refreshed.get() != signedIn) {
            replace(authentication, refreshed.get(), request, response);
        }
    }

    /**
     * Keeps the current session signed in after its owner has changed their password, which ends every session they
     * had open ({@link PasswordService#change}): this one counts as signed in from now.
     */
    public void renew(HttpServletRequest request, HttpServletResponse response) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CairnPrincipal signedIn) {
            accounts.principal(signedIn.user().accountId())
                    .ifPresent(fresh -> replace(authentication, fresh, request, response));
        }
    }

    /**
     * Signs the person in on this request's session, as after a password sign-in: for someone who has just chosen a
     * password through a link sent to them by email. The session gets a new id, so one fixed beforehand is of no use.
     */
    public void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        var principal = accounts.principal(user.accountId()).orElseThrow();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    /** Swaps in the new principal and its roles; any other authority (such as how the person signed in) stays. */
    private void replace(
            Authentication authentication,
            CairnPrincipal principal,
            HttpServletRequest request,
            HttpServletResponse response) {
        var updated = authentication.toBuilder()
                .principal(principal)
                .authorities(authorities -> {
                    authorities.removeIf(
                            a -> a.getAuthority() != null && a.getAuthority().startsWith("ROLE_"));
                    authorities.addAll(principal.getAuthorities());
                })
                .build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    private static void end(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
