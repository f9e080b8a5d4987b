package scot.cairn.notification.web;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.notification.Frequency;
import scot.cairn.notification.NoticeKind;
import scot.cairn.notification.NotificationService;
import scot.cairn.notification.PreferenceService;
import scot.cairn.platform.Message;

/** The signed-in person's notifications and their email choices. */
@Controller
class NotificationPages {

    private final NotificationService notifications;
    private final PreferenceService preferences;

    NotificationPages(NotificationService notifications, PreferenceService preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(defaultValue = "1") int page, CurrentUser user, Model model) {
        model.addAttribute("inbox", notifications.inbox(user, page));
        return "notification/inbox";
    }

    @PostMapping("/notifications/{noticeId}/read")
    String read(@PathVariable long noticeId, @RequestParam(defaultValue = "1") int page, CurrentUser user) {
        notifications.markRead(user, noticeId);
        return "redirect:/notifications?page=" + page;
    }

    @PostMapping("/notifications/read")
    String readAll(CurrentUser user, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(user);
        redirect.addFlashAttribute("success", Message.of("notification.inbox.allRead", marked));
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/preferences")
    String preferences(CurrentUser user, Model model) {
        model.addAttribute("preferences", preferences.of(user));
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("frequencies", Frequency.values());
        return "notification/preferences";
    }

    @PostMapping("/notifications/preferences")
    String savePreferences(
            @RequestParam(required = false) Integer version,
            @RequestParam Map<String, String> form,
            CurrentUser user,
            RedirectAttributes redirect) {
        preferences.save(user, version, choices(form));
        redirect.addFlashAttribute("success", Message.of("notification.preferences.saved"));
        return "redirect:/notifications/preferences";
    }

    /** The choices a form sent: a field per kind, named after it; anything else in the form is not a choice. */
    static Map<NoticeKind, Frequency> choices(Map<String, String> form) {
        var choices = new EnumMap<NoticeKind, Frequency>(NoticeKind.class);
        for (var kind : NoticeKind.values()) {
            String value = form.get(kind.name());
            if (value != null) {
                choices.put(kind, frequency(value));
            }
        }
        return choices;
    }

    static Frequency frequency(String value) {
        for (var f : Frequency.values()) {
            if (f.name().equals(value)) {
                return f;
            }
        }
        throw scot.cairn.platform.InvalidInputException.of("", "notification.preferences.unknown", value);
    }
}
