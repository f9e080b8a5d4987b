package scot.cairn.meeting.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.meeting.CalendarFeedService;
import scot.cairn.platform.Message;

/**
 * The person's calendar feed: the page where they make, replace or stop its address, and the address itself, which a
 * calendar program reads without signing in.
 */
@Controller
class CalendarController {

    private final CalendarFeedService feeds;
    private final String baseUrl;

    CalendarController(
            CalendarFeedService feeds,
            @org.springframework.beans.factory.annotation.Value("${cairn.base-url}") String baseUrl) {
        this.feeds = feeds;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/calendar")
    String page(CurrentUser user, Model model) {
        model.addAttribute("madeAt", feeds.madeAt(user).orElse(null));
        model.addAttribute("baseUrl", baseUrl);
        return "meeting/calendar";
    }

    @PostMapping("/calendar")
    String make(CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("address", feeds.make(user));
        redirect.addFlashAttribute("done", Message.of("meeting.feed.made"));
        return "redirect:/calendar";
    }

    @PostMapping("/calendar/stop")
    String stop(CurrentUser user, RedirectAttributes redirect) {
        feeds.stop(user);
        redirect.addFlashAttribute("done", Message.of("meeting.feed.stopped"));
        return "redirect:/calendar";
    }

    @GetMapping("/calendar/feeds/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .body(feeds.feed(token));
    }
}
