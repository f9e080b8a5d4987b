package scot.cairn.governance.web;

import java.util.HashMap;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import scot.cairn.governance.DecisionLockedException;
import scot.cairn.governance.DocumentConflictException;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;

/** What the governance pages share: the managers-only check for forms, and refusals of buttons in table rows. */
final class GovernancePages {

    private GovernancePages() {}

    /**
     * Refuses a form page (or a form shown again after bad input) to anyone who does not manage the partnership, and
     * to everyone once it is closed.
     */
    static PartnershipView managed(PartnershipView p) {
        return PartnershipScope.requireManager(p);
    }

    /**
     * Runs a row button's change. True when it was done; otherwise its refusals are in the model as
     * {@code problems}, each linking to the pressed control, for the page's error summary.
     */
    static boolean row(String control, Runnable change, Model model) {
        var result = new MapBindingResult(new HashMap<>(), "row");
        if (Forms.submit(result, specific(change))) {
            return true;
        }
        model.addAttribute("problems", Problem.of(control, result));
        return false;
    }

    static List<Problem> none() {
        return List.of();
    }

    /**
     * The change, with the refusals that say exactly why a decision or a document version cannot change turned into
     * form errors: otherwise they would read as the general "someone else changed this".
     */
    static Runnable specific(Runnable change) {
        return () -> {
            try {
                change.run();
            } catch (DecisionLockedException e) {
                throw scot.cairn.platform.InvalidInputException.of("", e.reason());
            } catch (DocumentConflictException e) {
                throw scot.cairn.platform.InvalidInputException.of("", e.reason());
            }
        };
    }

    /** Why a change was refused, for the error summary. */
    static org.springframework.context.MessageSourceResolvable reason(RuntimeException e) {
        if (e instanceof scot.cairn.platform.InvalidInputException invalid) {
            return scot.cairn.platform.Message.joined(
                    List.copyOf(invalid.fieldErrors().values()));
        }
        if (e instanceof scot.cairn.platform.ConcurrentChangeException conflict) {
            return conflict.reason();
        }
        return scot.cairn.platform.Message.of(e.getMessage());
    }
}
