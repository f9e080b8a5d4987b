package scot.cairn.engagement;

import java.time.Instant;
import java.util.List;

/**
 * A bulletin ({@code reference} B-1, B-2...) went to the forum of informed providers at {@code at}: every contact of
 * {@code organisationIds} is emailed the same words.
 *
 * @param publicHref the partnership's public page, where the bulletin is published, or null while it has none
 */
public record BulletinSent(
        long partnershipId,
        long bulletinId,
        String partnershipTitle,
        String reference,
        String title,
        String body,
        List<Long> organisationIds,
        String publicHref,
        Instant at) {

    public BulletinSent {
        organisationIds = List.copyOf(organisationIds);
    }
}
