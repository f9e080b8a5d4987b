package scot.cairn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.LanguagePreference;
import scot.cairn.identity.SignedInSessions;
import scot.cairn.platform.web.Languages;

/**
 * Signs in someone who has just chosen a password through a link sent by email, as the sign-in form would: a language
 * chosen in this browser is kept on their account, otherwise the language chosen on their account follows them here.
 */
@Component
class LinkSignIn {

    private final SignedInSessions sessions;
    private final LanguagePreference languages;
    private final LocaleResolver locales;

    LinkSignIn(SignedInSessions sessions, LanguagePreference languages, LocaleResolver locales) {
        this.sessions = sessions;
        this.languages = languages;
        this.locales = locales;
    }

    void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        sessions.signIn(user, request, response);
        Languages.chosenIn(request)
                .ifPresentOrElse(
                        chosen -> languages.choose(user.personId(), chosen),
                        () -> languages.of(user.personId()).ifPresent(l -> locales.setLocale(request, response, l)));
    }
}
