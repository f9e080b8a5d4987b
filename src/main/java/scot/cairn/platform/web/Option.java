package scot.cairn.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One choice in a select list or radio group. */
public record Option(String value, String label) {

    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values)
                .map(v -> new Option(v.name(), label.apply(v)))
                .toList();
    }
}
