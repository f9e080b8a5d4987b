package scot.cairn.outcome.web;

import java.util.List;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.FrameworkView;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.web.Option;

/** What the outcome pages share: the editors-only check for change forms, and choices for selects. */
final class OutcomePages {

    private OutcomePages() {}

    /**
     * Refuses a change form, with the true reason, to anyone the access model does not let edit the evidence (403) and
     * to everyone once the partnership is closed; the services check again on save.
     */
    static <T> T editable(PartnershipScope scope, long id, CurrentUser user, T page) {
        scope.requireEdit(id, user, Editors.EVIDENCE);
        return page;
    }

    static List<Option> stakeholderOptions(FrameworkView f) {
        return f.stakeholders().stream()
                .map(s -> new Option(String.valueOf(s.id()), s.name()))
                .toList();
    }

    static List<Option> outcomeOptions(FrameworkView f) {
        return f.stakeholders().stream()
                .flatMap(s ->
                        s.outcomes().stream().map(o -> new Option(String.valueOf(o.id()), s.name() + ": " + o.name())))
                .toList();
    }

    static String home(long id) {
        return "redirect:/partnerships/" + id + "/outcomes";
    }
}
