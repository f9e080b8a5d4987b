package scot.cairn.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import scot.cairn.platform.Labelled;
import scot.cairn.platform.Message;

/**
 * One choice in a select list or radio group. The label is a {@link Message} (put into the reader's language by the
 * page) or, for names people typed such as an organisation's, the name itself.
 */
public record Option(String value, Object label) {

    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, ?> label) {
        return Arrays.stream(values)
                .map(v -> new Option(v.name(), label.apply(v)))
                .toList();
    }

    /** Every value of a labelled enum, named from the bundles. */
    public static <E extends Enum<E> & Labelled> List<Option> of(E[] values) {
        return of(values, v -> Message.of(v.labelKey()));
    }
}
