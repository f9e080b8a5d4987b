package scot.cairn.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Records;
import scot.cairn.platform.InvalidInputException;

/**
 * The records an agenda item may be about, as the modules that own them offer them ({@link Records}): risks, decisions,
 * highlight reports, document versions and SROI analyses.
 */
@Component
class AgendaLinks {

    /** Records of each kind offered to choose from. */
    static final int CHOICES = 50;

    /** The records of one kind to choose from. */
    record Kind(String labelKey, List<Records.Ref> records) {}

    private final List<Records> records;

    AgendaLinks(List<Records> records) {
        this.records = records;
    }

    /** Each kind's latest records, for the agenda item's form. */
    List<Kind> choices(Access access) {
        return records.stream()
                .map(r -> new Kind(r.labelKey(), r.choices(access, CHOICES)))
                .filter(k -> !k.records().isEmpty())
                .toList();
    }

    /**
     * The record {@code link} ("RISK:12") names, or null for a blank link.
     *
     * @throws InvalidInputException on {@code link} when it names no record of the partnership
     */
    Records.Ref resolve(Access access, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        int colon = link.indexOf(':');
        try {
            if (colon > 0) {
                var found = find(
                        access,
                        link.substring(0, colon),
                        Long.parseLong(link.substring(colon + 1).strip()));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        } catch (NumberFormatException notAnId) {
            // refused below
        }
        throw InvalidInputException.of("link", "meeting.agenda.noSuchLink");
    }

    /** The record of {@code kind} with {@code id}, when it is the partnership's. */
    Optional<Records.Ref> find(Access access, String kind, Long id) {
        if (kind == null || id == null) {
            return Optional.empty();
        }
        return records.stream().filter(r -> r.kind().equals(kind)).findFirst().flatMap(r -> r.find(access, id));
    }
}
