package scot.cairn.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.mail.MailOutbox;

/**
 * The outbox, for administrators: every email Cairn has sent or would have sent (with no mail server configured, as in
 * the demo, emails are kept here), latest first, with how sending went.
 */
@Controller
class OutboxPages {

    /** Emails on one page of the outbox. */
    static final int PAGE = 50;

    private final MailOutbox outbox;

    OutboxPages(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/outbox")
    String outbox(@RequestParam(defaultValue = "1") int page, CurrentUser user, Model model) {
        requireAdministrator(user);
        long total = outbox.count();
        int pages = (int) Math.max(1, (total + PAGE - 1) / PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        model.addAttribute("mails", outbox.recent(PAGE, (shown - 1) * PAGE));
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        return "notification/outbox";
    }

    @GetMapping("/outbox/{mailId}")
    String mail(@PathVariable long mailId, CurrentUser user, Model model) {
        requireAdministrator(user);
        model.addAttribute("mail", outbox.find(mailId).orElseThrow(() -> new NotFoundException("Email")));
        return "notification/mail";
    }

    private static void requireAdministrator(CurrentUser user) {
        if (user == null || !user.administrator()) {
            throw new ForbiddenException("notification.outbox.adminOnly");
        }
    }
}
