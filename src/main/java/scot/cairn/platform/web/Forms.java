package scot.cairn.platform.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

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
            reject(form, "", e.reason());
        }
        return false;
    }

    private static void reject(BindingResult form, String field, Message message) {
        if (field.isEmpty()) {
            form.reject(message.key(), message.getArguments(), message.getDefaultMessage());
            return;
        }
        try {
            form.rejectValue(field, message.key(), message.getArguments(), message.getDefaultMessage());
        } catch (NotReadablePropertyException notOnThisForm) {
            form.reject(message.key(), message.getArguments(), message.getDefaultMessage());
        }
    }
}
