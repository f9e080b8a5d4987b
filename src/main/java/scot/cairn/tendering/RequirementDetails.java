package scot.cairn.tendering;

import java.util.List;

/**
 * A requirement as written: its section, its words, and its evidence as records' values ("INDICATOR:12",
 * "THEME:3", "DECISION:7"); blank values are left out.
 */
public record RequirementDetails(SpecSection section, String text, List<String> evidence) {

    public RequirementDetails {
        evidence = evidence == null
                ? List.of()
                : evidence.stream()
                        .filter(e -> e != null && !e.isBlank())
                        .distinct()
                        .toList();
    }
}
