package scot.cairn.engagement;

import java.time.LocalDate;
import java.util.List;

/** A paper, a meeting or anything else about the future service that reached some providers, as the team records it. */
public record SharedDetails(SharedKind kind, String subject, LocalDate sharedOn, List<Long> organisationIds) {}
