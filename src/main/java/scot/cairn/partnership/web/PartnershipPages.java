package scot.cairn.partnership.web;

import java.util.List;
import org.springframework.validation.BindingResult;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Problem;

/** What the partnership pages share: the managers-only check for change forms, and refusals of row actions. */
final class PartnershipPages {

    private PartnershipPages() {}

    /**
     * Refuses a change form to anyone who does not manage the partnership (403), and to everyone once it is closed.
     * The services check again on save; this makes the form itself, and a re-shown form after bad input, refuse too.
     */
    static PartnershipView managed(PartnershipView partnership) {
        return PartnershipScope.requireManager(partnership);
    }

    /**
     * The messages of a refused row action (change a standing, remove a member), each pointing at the control the
     * user pressed, for the error summary at the top of a page.
     */
    static List<Problem> problems(BindingResult result, String target) {
        return Problem.of(target, result);
    }

    /** A change to one row of a table: which partnership, the control pressed, the change, and what to say after. */
    record RowAction(long id, String control, Runnable change, Message done) {}
}
