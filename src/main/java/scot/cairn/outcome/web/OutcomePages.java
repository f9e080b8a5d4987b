package scot.cairn.outcome.web;

import java.util.List;
import scot.cairn.outcome.FrameworkView;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.web.Option;

/** What the outcome pages share: the editors-only check for change forms, and choices for selects. */
final class OutcomePages {

    static final String EDITORS_ONLY = "Only the partnership's managers, analysts, sustainability lead and project"
            + " manager can change its outcomes and evidence.";

    private OutcomePages() {}

    /** Refuses a change form to observers; the services check again on save. */
    static FrameworkView editable(FrameworkView framework) {
        if (!framework.editable()) {
            throw new ForbiddenException(EDITORS_ONLY);
        }
        return framework;
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
