package scot.cairn.governance;

import java.util.List;

/** One row of the responsibilities matrix: who holds it now, by name; empty when nobody does yet. */
public record ResponsibilityView(
        Responsibility responsibility, String role, String group, List<String> holders, boolean unheld) {

    static ResponsibilityView of(Responsibility responsibility, String role, String group, List<String> holders) {
        return new ResponsibilityView(responsibility, role, group, holders, holders.isEmpty());
    }
}
