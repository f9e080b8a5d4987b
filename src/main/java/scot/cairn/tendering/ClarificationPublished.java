package scot.cairn.tendering;

import java.time.Instant;
import java.util.List;

/**
 * The answer to clarification question C-{@code number} of tender {@code reference} was published at {@code at} to
 * every provider interested in the tender: {@code interestedPeople} are the people who expressed their organisations'
 * interest, all told at the same moment.
 */
public record ClarificationPublished(
        long partnershipId, long tenderId, String reference, int number, List<Long> interestedPeople, Instant at) {}
