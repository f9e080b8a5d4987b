package scot.cairn.tendering;

import java.time.LocalDate;

/**
 * A challenge to an approved award as an officer records it.
 *
 * @param awardId the award challenged
 * @param challenger who brought it (a bidder, usually)
 * @param receivedOn the day it was received
 * @param grounds what it says
 */
public record ChallengeDetails(Long awardId, String challenger, LocalDate receivedOn, String grounds) {}
