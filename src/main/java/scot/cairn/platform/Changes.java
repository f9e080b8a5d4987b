package scot.cairn.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed in one save, field by field, as the audit trail shows it. */
public final class Changes {

    private final List<String> lines = new ArrayList<>();

    public static Changes create() {
        return new Changes();
    }

    /** Records {@code label: before -> after} when the two differ; blank and null count as the same. */
    public Changes field(String label, Object before, Object after) {
        String from = display(before);
        String to = display(after);
        if (!Objects.equals(from, to)) {
            lines.add(label + ": " + from + " -> " + to);
        }
        return this;
    }

    /** Records a line that is not a before/after pair, such as "added Falkirk CVS as core partner"; null adds none. */
    public Changes note(String line) {
        if (line != null) {
            lines.add(line);
        }
        return this;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }

    private static String display(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "(none)";
        }
        return value.toString();
    }
}
