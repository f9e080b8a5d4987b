package scot.cairn.sroi;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;

/** A board member's signature on a review; organisation and sector are null for a service user on the board. */
@Table("sroi_review_signature")
record SroiReviewSignature(long personId, Long organisationId, Sector sector, Instant signedAt) {}
