package scot.cairn.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.ApiTokenService;
import scot.cairn.identity.CurrentUser;

/** Signs requests in as one of the demo accounts listed in the README. */
@TestComponent
public class DemoUsers {

    public static final String ADMIN = "admin@cairn.example";
    /** Falkirk Council (public sector), manager of the Falkirk foster care PSP. */
    public static final String FIONA = "fiona.reid@falkirk.example";
    /** Falkirk CVS (third sector), member of the Falkirk foster care PSP. */
    public static final String DAVID = "david.kerr@falkirkcvs.example";
    /** Foster carer with no organisation, observer of the Falkirk foster care PSP. */
    public static final String SAM = "sam.taylor@example.org";
    /** Scottish Government programme manager, manager of the ten 2009 pilots. */
    public static final String MORVEN = "morven.fraser@gov.example";
    /** Theatre Nemo, member of no partnership. */
    public static final String IAIN = "iain.campbell@theatrenemo.example";

    public static final String PASSWORD = "cairn-demo-2026";

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final org.springframework.context.ApplicationContext context;
    private final java.util.Map<String, String> bearers = new java.util.concurrent.ConcurrentHashMap<>();

    DemoUsers(AccountService accounts, ApiTokenService tokens, org.springframework.context.ApplicationContext context) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.context = context;
    }

    /** A bean of the application under test, for helpers that are not beans themselves. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** For MockMvc: {@code .with(demoUsers.as(DemoUsers.FIONA))}. */
    public RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    public CurrentUser current(String email) {
        return accounts.userFor(email).orElseThrow();
    }

    /**
     * A personal API token for the user, as the "Authorization" header value. One token per user is made and reused,
     * because a person may hold only a limited number of live tokens.
     */
    public String bearer(String email) {
        return bearers.computeIfAbsent(
                email, e -> "Bearer " + tokens.create(current(e), "tests").secret());
    }

    /** Runs service calls as an administrator, for setting up data through the services' own rules. */
    public void runAsAdmin(Runnable action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                accounts.loadUserByUsername(ADMIN),
                null,
                accounts.loadUserByUsername(ADMIN).getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
