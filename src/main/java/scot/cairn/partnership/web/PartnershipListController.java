package scot.cairn.partnership.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;

/** "My partnerships": the signed-in person's partnerships, or every one for an administrator who asks. */
@Controller
class PartnershipListController {

    private final PartnershipService partnerships;

    PartnershipListController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships")
    String list(@RequestParam(defaultValue = "mine") String show, CurrentUser user, Model model) {
        boolean all = "all".equals(show) && user.administrator();
        model.addAttribute("partnerships", all ? partnerships.all(user) : partnerships.mine(user));
        model.addAttribute("showingAll", all);
        return "partnership/list";
    }
}
