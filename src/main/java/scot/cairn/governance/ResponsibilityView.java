package scot.cairn.governance;

import java.util.List;

/** One row of the responsibilities matrix: who holds it now, by name; empty when nobody does yet. */
public record ResponsibilityView(Responsibility responsibility, String role, String group, List<String> holders) {

    public boolean unheld() {
        return holders.isEmpty();
    }
}
