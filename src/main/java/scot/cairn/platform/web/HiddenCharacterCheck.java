package scot.cairn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import scot.cairn.platform.HiddenCharacters;
import scot.cairn.platform.Message;

/**
 * Refuses a form or query parameter holding a NUL character before any controller runs, with one message per field.
 * PostgreSQL cannot store NUL in text and would answer with an error; H2 would store it unseen. JSON bodies are
 * checked as they are read ({@link JsonStrings}).
 */
@Configuration
class HiddenCharacterCheck implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var errors = new LinkedHashMap<String, Message>();
        request.getParameterMap().forEach((name, values) -> {
            if (HiddenCharacters.hasNul(name) || Arrays.stream(values).anyMatch(HiddenCharacters::hasNul)) {
                String field = name.replace("\u0000", "");
                errors.putIfAbsent(field, HiddenCharacters.refusal(field));
            }
        });
        if (!errors.isEmpty()) {
            throw new RefusedRequestException(errors);
        }
        return true;
    }
}
