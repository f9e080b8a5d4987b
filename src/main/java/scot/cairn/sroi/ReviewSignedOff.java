package scot.cairn.sroi;

import java.time.Instant;

/** The board signed off the forecast-against-actual review of a quarter, which is now locked with its figures. */
public record ReviewSignedOff(long partnershipId, long reviewId, String quarter, Instant at) {}
