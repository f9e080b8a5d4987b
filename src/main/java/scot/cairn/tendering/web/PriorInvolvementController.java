package scot.cairn.tendering.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.tendering.PriorInvolvementService;

/** The prior-involvement report before the tender. */
@Controller
class PriorInvolvementController {

    private final PartnershipService partnerships;
    private final PriorInvolvementService reports;

    PriorInvolvementController(PartnershipService partnerships, PriorInvolvementService reports) {
        this.partnerships = partnerships;
        this.reports = reports;
    }

    @GetMapping("/partnerships/{id}/tender/prior-involvement")
    String page(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("r", reports.report(id, user));
        model.addAttribute("p", partnerships.get(id, user));
        return "tendering/prior";
    }
}
