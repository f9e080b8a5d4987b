package scot.cairn.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The information-parity ledger and, before the tender, its report: what some providers received and others did not.
 *
 * @param providers the organisations that may bid: the forum's, and partners outside the public sector
 * @param gaps the entries some providers received and others did not, neither published nor remedied or justified
 */
public record ParityView(
        List<Provider> providers, List<Entry> entries, List<Entry> gaps, boolean mayRecord, boolean mayResolve) {

    public record Provider(long id, String name) {}

    /**
     * @param missing the providers that did not receive it (none when published)
     */
    public record Entry(
            long id,
            int version,
            SharedKind kind,
            String subject,
            LocalDate sharedOn,
            boolean published,
            List<String> receivedBy,
            List<String> missing,
            ParityOutcome outcome,
            String outcomeNote,
            String outcomeBy,
            Instant outcomeAt) {}
}
