package scot.cairn.platform.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;

/** Runs a form's action and turns the service's refusals into errors on the form, so the page can show them. */
public final class Forms {

    private Forms() {}

    /**
     * Runs {@code action} when the form has no binding errors.
     *
     * @return true when the action ran without a refusal; false when the page should show the form again
     */
    public static boolean submit(BindingResult form, Runnable action) {
        if (form.hasErrors()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> reject(form, field, message));
        } catch (ConcurrentChangeException e) {
            form.reject("conflict", e.getMessage());
        }
        return false;
    }

    private static void reject(BindingResult form, String field, String message) {
        if (field.isEmpty()) {
            form.reject("invalid", message);
            return;
        }
        try {
            form.rejectValue(field, "invalid", message);
        } catch (NotReadablePropertyException notOnThisForm) {
            form.reject("invalid", message);
        }
    }
}
