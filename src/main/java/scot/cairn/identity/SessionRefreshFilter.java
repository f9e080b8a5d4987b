package scot.cairn.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brings the signed-in session up to date with the account before the request is authorised ({@link
 * SignedInSessions}). Style sheets, scripts and images are skipped: they show nothing that depends on who is asking.
 */
class SessionRefreshFilter extends OncePerRequestFilter {

    private static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/images/", "/favicon.ico");

    private final SignedInSessions sessions;

    SessionRefreshFilter(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        sessions.refresh(request, response);
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }
}
