package scot.cairn.partnership.web;

import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.AuditEvent;

/** Who changed what in a partnership, newest first, with each field's value before and after. */
@Controller
class HistoryController {

    private final PartnershipService partnerships;
    private final PersonService people;

    HistoryController(PartnershipService partnerships, PersonService people) {
        this.partnerships = partnerships;
        this.people = people;
    }

    /** One line of the history; {@code who} is the person's name, or the account name if they are not known. */
    record Entry(AuditEvent event, String who) {}

    @GetMapping("/partnerships/{id}/history")
    String history(@PathVariable long id, CurrentUser user, Model model) {
        var p = partnerships.get(id, user);
        model.addAttribute("p", p).addAttribute("entries", entries(partnerships.history(id, user)));
        return "partnership/history";
    }

    private List<Entry> entries(List<AuditEvent> events) {
        var names = new HashMap<String, String>();
        return events.stream()
                .map(e -> new Entry(
                        e,
                        names.computeIfAbsent(
                                e.actor(),
                                actor -> people.findByEmail(actor)
                                        .map(PersonSummary::fullName)
                                        .orElse(actor))))
                .toList();
    }
}
