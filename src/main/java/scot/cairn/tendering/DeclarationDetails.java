package scot.cairn.tendering;

import java.util.List;

/**
 * A declaration as its person makes it: either nothing to declare or at least one interest, never both. Blank
 * interests (no kind, organisation or words) are left out; refusals name an interest by its place in the list as given.
 */
public record DeclarationDetails(boolean nothingToDeclare, List<InterestDetails> interests) {

    public DeclarationDetails {
        interests = interests == null
                ? List.of()
                : interests.stream()
                        .map(i -> i == null ? new InterestDetails(null, null, null) : i)
                        .toList();
    }

    /** The interests given, without the blank ones. */
    List<InterestDetails> given() {
        return interests.stream().filter(i -> !i.blank()).toList();
    }

    /** One interest; an organisation, when named, must be one of the partnership's partners. */
    public record InterestDetails(InterestKind kind, Long organisationId, String description) {

        boolean blank() {
            return kind == null && organisationId == null && (description == null || description.isBlank());
        }
    }
}
