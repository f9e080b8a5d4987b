package scot.cairn.notification.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.notification.EmailLinks;
import scot.cairn.notification.NoticeKind;
import scot.cairn.notification.PreferenceService;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;

/**
 * The page every email links to for changing how often Cairn emails about that kind of notification, without signing
 * in: the link carries the person's secret. Opening it changes nothing (mail scanners open links); one press of the
 * button does.
 */
@Controller
class EmailLinkPages {

    private final PreferenceService preferences;
    private final EmailLinks links;

    EmailLinkPages(PreferenceService preferences, EmailLinks links) {
        this.preferences = preferences;
        this.links = links;
    }

    @GetMapping("/notifications/email/{token}")
    String choose(@PathVariable String token, @RequestParam(required = false) String kind, Model model) {
        long person = person(token);
        model.addAttribute("token", token);
        model.addAttribute("kinds", kinds(kind));
        model.addAttribute("preferences", preferences.of(person));
        model.addAttribute("frequencies", scot.cairn.notification.Frequency.values());
        return "notification/email-link";
    }

    @PostMapping("/notifications/email/{token}")
    String save(@PathVariable String token, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        long person = person(token);
        NotificationPages.choices(form)
                .forEach((kind, frequency) -> preferences.chooseFromEmail(person, kind, frequency));
        redirect.addFlashAttribute("success", Message.of("notification.preferences.saved"));
        return "redirect:/notifications/email/" + token;
    }

    private long person(String token) {
        return links.personFor(token).orElseThrow(() -> new NotFoundException("Email link"));
    }

    /** The one kind the email was about, or every kind for a digest's link (or a kind this version does not know). */
    private static List<NoticeKind> kinds(String kind) {
        for (var k : NoticeKind.values()) {
            if (k.name().equals(kind)) {
                return List.of(k);
            }
        }
        return List.of(NoticeKind.values());
    }
}
