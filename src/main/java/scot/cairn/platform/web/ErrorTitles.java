package scot.cairn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Marks a page that shows errors, so the layout starts its title with "Error: " and screen-reader users hear at
 * once that something needs fixing. A page shows errors when a form on it failed validation or it lists refused
 * actions in a {@code problems} model attribute (or one refusal in {@code problem}).
 */
@Configuration
class ErrorTitles implements WebMvcConfigurer, HandlerInterceptor {

    static final String ATTRIBUTE = "pageHasErrors";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav != null && hasErrors(mav)) {
            mav.addObject(ATTRIBUTE, true);
        }
    }

    private static boolean hasErrors(ModelAndView mav) {
        var model = mav.getModel();
        return model.get("problem") != null
                || (model.get("problems") instanceof Collection<?> problems && !problems.isEmpty())
                || (model.get("problems") instanceof java.util.Map<?, ?> byField && !byField.isEmpty())
                || model.values().stream().anyMatch(v -> v instanceof BindingResult result && result.hasErrors());
    }
}
