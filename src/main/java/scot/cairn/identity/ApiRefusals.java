package scot.cairn.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers when no token or a refused one arrives, written before Spring MVC runs: Problem Details in the
 * language the request asks for, as every other API refusal.
 */
@Component
class ApiRefusals {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiRefusals(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** 401 (no usable token) or 403 (the account may not do this). */
    void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        var locale = locales.resolveLocale(request);
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put(
                "title",
                messages.getMessage(
                        status == 401 ? "identity.api.unauthorised" : "platform.problem.forbidden", null, locale));
        problem.put("status", status);
        problem.put(
                "detail",
                messages.getMessage(
                        status == 401 ? "identity.api.sendToken" : "platform.forbidden.detail", null, locale));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
