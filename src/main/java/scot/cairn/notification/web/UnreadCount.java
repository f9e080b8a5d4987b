package scot.cairn.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import scot.cairn.identity.CurrentUser;
import scot.cairn.notification.NotificationService;

/** Gives every page for a signed-in person the number of their unread notifications, for the header. */
@Component
class UnreadCount implements WebMvcConfigurer, HandlerInterceptor {

    private final NotificationService notifications;

    UnreadCount(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        CurrentUser user = CurrentUser.signedIn();
        if (user != null) {
            page.addObject("unreadNotifications", notifications.unread(user));
        }
    }
}
