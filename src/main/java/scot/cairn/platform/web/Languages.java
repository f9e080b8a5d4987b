package scot.cairn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages Cairn speaks: English (the source), Welsh and Scottish Gaelic. A person's choice is kept in a cookie
 * (and, when signed in, on their account, which sets the cookie at sign-in); without one, the browser's
 * {@code Accept-Language} decides; otherwise English. Every page gets links to switch, built here so that error pages
 * have them too.
 */
@Configuration
public class Languages implements WebMvcConfigurer, HandlerInterceptor {

    /** The supported languages, the source first. */
    public static final List<Locale> SUPPORTED =
            List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"), Locale.forLanguageTag("gd"));

    static final String COOKIE = "cairn-language";

    /** A link to another language: its code, its name in itself, and where it leads. */
    public record LanguageLink(String code, String href) {}

    /** The supported language with this code ("cy"), or empty for any other. */
    public static Optional<Locale> supported(String code) {
        return code == null
                ? Optional.empty()
                : SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }

    /** The language this browser chose with the links in the header (kept in its cookie), if it chose one. */
    public static Optional<Locale> chosenIn(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return java.util.Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> supported(Locale.forLanguageTag(c.getValue())));
    }

    /** The supported language closest to this locale, if any ("cy-GB" is Welsh). */
    static Optional<Locale> supported(Locale locale) {
        return locale == null ? Optional.empty() : supported(locale.getLanguage());
    }

    /** The best supported language a browser asks for in {@code Accept-Language}; English when none. */
    static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            var found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return found == null ? Locale.ENGLISH : found;
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                var chosen = super.resolveLocaleContext(request).getLocale();
                Locale locale = supported(chosen).orElseGet(() -> fromBrowser(request));
                return () -> locale;
            }
        };
        resolver.setDefaultLocaleFunction(Languages::fromBrowser);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    /** Links to the languages other than the page's, each coming back to this page. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null || !"GET".equals(request.getMethod())
                        ? ""
                        : "?" + request.getQueryString());
        var current = org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
        request.setAttribute(
                "languageLinks",
                SUPPORTED.stream()
                        .filter(l -> !l.getLanguage().equals(current.getLanguage()))
                        .map(l -> new LanguageLink(
                                l.getLanguage(),
                                UriComponentsBuilder.fromPath("/language")
                                        .queryParam("to", l.getLanguage())
                                        .queryParam("back", here)
                                        .encode()
                                        .build()
                                        .toUriString()))
                        .toList());
        return true;
    }
}
