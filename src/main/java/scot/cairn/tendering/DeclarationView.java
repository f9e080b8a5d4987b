package scot.cairn.tendering;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * A declaration as a reader who may see it sees it: what was declared and, once reviewed, the risk, the measures and
 * who reviewed it. {@code reviewable} when the reader may review it now.
 */
public record DeclarationView(
        long id,
        int version,
        long personId,
        String person,
        boolean nothingToDeclare,
        List<InterestView> interests,
        ZonedDateTime declaredAt,
        DeclarationStatus status,
        ConflictRisk risk,
        Set<Measure> measures,
        String reviewNote,
        String reviewedBy,
        ZonedDateTime reviewedAt,
        boolean reviewable) {

    /** One interest; {@code organisation} is the partner's name, or null. */
    public record InterestView(InterestKind kind, Long organisationId, String organisation, String description) {}
}
