package scot.cairn.tendering;

import java.util.Set;

/** A review of a declaration: the risk found, the measures taken (at least one for any conflict) and a note. */
public record ReviewDetails(ConflictRisk risk, Set<Measure> measures, String note) {

    public ReviewDetails {
        measures = measures == null ? Set.of() : Set.copyOf(measures);
    }
}
