package scot.cairn.sroi.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.DeductionMethod;
import scot.cairn.sroi.DropOffMethod;
import scot.cairn.sroi.QuantitySource;
import scot.cairn.sroi.SroiAnalysisView;

/** What the SROI pages share: form submission with row fields mapped to the form's, refusals of buttons, options. */
final class SroiPages {

    private SroiPages() {}

    static String base(long id) {
        return "/partnerships/" + id + "/sroi";
    }

    /**
     * As {@link Forms#submit}, with the service's row and input fields ({@code rows[2].deadweight}) put on the one-row
     * form's own fields ({@code deadweight}); the messages keep naming the row.
     */
    static boolean submit(BindingResult form, Runnable action) {
        return Forms.submit(form, () -> {
            try {
                action.run();
            } catch (InvalidInputException e) {
                var errors = new LinkedHashMap<String, Message>();
                e.fieldErrors().forEach((k, v) -> errors.put(k.replaceFirst("^(rows|inputs)\\[\\d+]\\.", ""), v));
                throw new InvalidInputException(errors);
            }
        });
    }

    /**
     * As {@link #submit(BindingResult, Runnable)}; when some fields could not be read, {@code check} (which saves
     * nothing) adds the service's messages for the other fields, so the form shows every problem at once.
     */
    static boolean submit(BindingResult form, Runnable action, Runnable check) {
        if (!form.hasErrors()) {
            return submit(form, action);
        }
        try {
            check.run();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((k, v) -> {
                String field = k.replaceFirst("^(rows|inputs)\\[\\d+]\\.", "");
                if (!form.hasFieldErrors(field)) {
                    // the form record could not be built, so there is no value to read: add the error directly
                    form.addError(new FieldError(
                            form.getObjectName(),
                            field,
                            null,
                            false,
                            v.getCodes(),
                            v.getArguments(),
                            v.getDefaultMessage()));
                }
            });
        }
        return false;
    }

    /** Runs a button's action; when refused, puts the refusal in the model as {@code problems}, linked to the button. */
    static boolean button(String control, Runnable action, Model model) {
        var result = new MapBindingResult(new HashMap<>(), "button");
        if (Forms.submit(result, action)) {
            return true;
        }
        model.addAttribute("problems", Problem.of(control, result));
        return false;
    }

    /**
     * Refuses a change form, with the true reason: 403 for anyone the access model does not let edit the evidence, the
     * closed partnership's refusal, or the lock of an approved analysis.
     */
    static SroiAnalysisView editable(PartnershipScope scope, CurrentUser user, SroiAnalysisView a) {
        scope.requireEdit(a.partnershipId(), user, Editors.EVIDENCE);
        if (a.approved()) {
            throw InvalidInputException.of("", "sroi.analysis.locked");
        }
        return a;
    }

    static void options(Model model) {
        model.addAttribute("kinds", Option.of(AnalysisType.values()));
        model.addAttribute(
                "deductionOptions",
                List.of(
                        new Option(DeductionMethod.MULTIPLIED.name(), Message.of("sroi.settings.multipliedGuide")),
                        new Option(DeductionMethod.ADDED.name(), Message.of(DeductionMethod.ADDED.labelKey()))));
        model.addAttribute(
                "dropOffOptions",
                List.of(
                        new Option(DropOffMethod.COMPOUNDING.name(), Message.of("sroi.settings.compoundingGuide")),
                        new Option(
                                DropOffMethod.STRAIGHT_LINE.name(),
                                Message.of(DropOffMethod.STRAIGHT_LINE.labelKey()))));
        model.addAttribute(
                "firstYearOptions",
                List.of(
                        new Option("true", Message.of("sroi.settings.yesGuide")),
                        new Option("false", Message.of("sroi.settings.no"))));
        model.addAttribute("sources", Option.of(QuantitySource.values()));
    }
}
