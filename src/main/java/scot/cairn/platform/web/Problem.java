package scot.cairn.platform.web;

import java.io.Serializable;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * One refusal in a page's error summary, linking to the control it is about ({@code target}, an element id, or null).
 * The words are put into the reader's language by the page: {@code ${@texts.of(e.message)}}. Serializable, as a
 * refusal can be kept across a redirect in the session, which lives in the database.
 */
public record Problem(String target, MessageSourceResolvable message) implements Serializable {

    /** Every error of a form or a row's button, each linking to {@code target}. */
    public static List<Problem> of(String target, BindingResult result) {
        return result.getAllErrors().stream()
                // Only the words: a field error also holds the value refused, which need not be serializable.
                .map(e -> new Problem(target, new DefaultMessageSourceResolvable(e)))
                .toList();
    }

    /** A refusal already in words, such as one kept across a redirect. */
    public static Problem words(String target, String words) {
        return new Problem(target, new DefaultMessageSourceResolvable(null, null, words));
    }
}
