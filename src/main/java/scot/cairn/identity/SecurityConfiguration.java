package scot.cairn.identity;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Two filter chains: the JSON API authenticates each request with a personal token and keeps no session; pages use a
 * sign-in form with lock-out ({@link SignInProvider}), a session cookie that is brought up to date with the account on
 * every request ({@link SignedInSessions}) and CSRF tokens. Both send the same security headers, and
 * Strict-Transport-Security on requests that arrived over HTTPS (directly, or through a proxy that says so in
 * X-Forwarded-Proto; see {@code server.forward-headers-strategy}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.standard();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ApiRefusals refusals) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/password-resets")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Only bearer tokens are accepted here, never cookies, so cross-site requests carry no credentials.
                .csrf(c -> c.disable())
                .addFilterBefore(new ApiTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> refusals.write(req, res, 401))
                        .accessDeniedHandler((req, res, ex) -> refusals.write(req, res, 403)));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInHandlers handlers, SignIn signIn, SignedInSessions sessions)
            throws Exception {
        http.authenticationManager(signIn.manager())
                .securityContext(c -> c.securityContextRepository(sessions.repository()))
                // Before the request is authorised, so that a right granted or taken away counts on this request.
                .addFilterBefore(new SessionRefreshFilter(sessions), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/sign-in",
                                "/password-reset",
                                "/password-reset/**",
                                "/invitations/**",
                                "/language",
                                "/accessibility",
                                "/notifications/email/**",
                                "/calendar/feeds/**",
                                "/public/**",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/v3/api-docs",
                                "/v3/api-docs/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(handlers)
                        .failureHandler(handlers)
                        .permitAll())
                .requestCache(c -> c.requestCache(pageNavigations()))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"));
        headers(http);
        return http.build();
    }

    /** What sign-in needs to check a password and count failures; a record so the filter chain takes one argument. */
    @Component
    record SignIn(AccountService users, PasswordService passwords, PasswordEncoder encoder, SignInAttempts attempts) {

        AuthenticationManager manager() {
            var check = new DaoAuthenticationProvider(users);
            check.setPasswordEncoder(encoder);
            // Replaces a {bcrypt} hash with an Argon2 one when its owner signs in.
            check.setUserDetailsPasswordService(passwords);
            return new ProviderManager(new SignInProvider(check, attempts));
        }
    }

    /**
     * Remembers only page requests as the place to return to after sign-in, never a style sheet, font or script the
     * browser fetched in the background.
     */
    private static RequestCache pageNavigations() {
        var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(request -> "GET".equals(request.getMethod()), html));
        return cache;
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }
}
