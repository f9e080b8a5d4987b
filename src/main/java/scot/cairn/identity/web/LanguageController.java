package scot.cairn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.LanguagePreference;
import scot.cairn.platform.web.Languages;

/**
 * The language links in the header: a plain link, so it works without JavaScript. The choice is kept in a cookie and,
 * for a signed-in person, on their account; then the person goes back to the page they were on.
 */
@Controller
class LanguageController {

    private final LocaleResolver locales;
    private final LanguagePreference preferences;

    LanguageController(LocaleResolver locales, LanguagePreference preferences) {
        this.locales = locales;
        this.preferences = preferences;
    }

    @GetMapping("/language")
    String choose(
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String back,
            CurrentUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        Languages.supported(to).ifPresent(language -> {
            locales.setLocale(request, response, language);
            if (user != null) {
                preferences.choose(user.personId(), language);
            }
        });
        return "redirect:" + sameSite(back);
    }

    /** Only a path on this site: never another site's address, however it is written. */
    static String sameSite(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")) {
            return "/";
        }
        return back.replace("\r", "").replace("\n", "");
    }
}
