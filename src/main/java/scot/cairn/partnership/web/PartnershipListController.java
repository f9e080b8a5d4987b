package scot.cairn.partnership.web;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipPage;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/**
 * "My partnerships": the signed-in person's partnerships, or every one for an administrator who asks, a page at a
 * time, narrowed by a GET form (so a filtered page can be bookmarked and works without JavaScript).
 */
@Controller
class PartnershipListController {

    /** Partnerships on one page of the list. */
    static final int PAGE_SIZE = 25;

    private final PartnershipService partnerships;

    PartnershipListController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships")
    String list(@ModelAttribute("filter") ListForm form, BindingResult result, CurrentUser user, Model model) {
        boolean all = form.wantsAll() && user.administrator();
        var found = new AtomicReference<PartnershipPage>();
        var query = new AtomicReference<ListForm.Query>();
        Forms.submit(result, () -> {
            query.set(form.read());
            found.set(partnerships.find(
                    user, all, query.get().filter(), query.get().page(), PAGE_SIZE));
        });
        if (found.get() != null) {
            model.addAttribute("found", found.get())
                    .addAttribute("pagination", Pagination.of(found.get(), form))
                    .addAttribute("filtered", query.get().filter().narrows());
        }
        model.addAttribute("showingAll", all)
                .addAttribute("stages", Option.of(Stage.values()))
                .addAttribute("markets", Option.of(Market.values()))
                .addAttribute("roles", Option.of(MemberRole.values()));
        return "partnership/list";
    }
}
