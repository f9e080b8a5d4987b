package scot.cairn.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.cairn.platform.InvalidInputException;

/**
 * Links from one record to another of the same partnership (an agenda item about a risk, a consultation theme that
 * led to a decision), through the records the modules that own them offer ({@link Records}): risks, decisions,
 * highlight reports, document versions, SROI analyses, tasks.
 */
@Component
public class RecordLinks {

    /** Records of each kind offered to choose from. */
    public static final int CHOICES = 50;

    /** The records of one kind to choose from. */
    public record Kind(String labelKey, List<Records.Ref> records) {}

    private final List<Records> records;

    RecordLinks(List<Records> records) {
        this.records = records;
    }

    /** Each kind's latest records, for a form's choice. */
    public List<Kind> choices(Access access) {
        return records.stream()
                .map(r -> new Kind(r.labelKey(), r.choices(access, CHOICES)))
                .filter(k -> !k.records().isEmpty())
                .toList();
    }

    /**
     * The record {@code link} ("RISK:12") names, or null for a blank link.
     *
     * @param field the field refused, with {@code refusal} (a bundle key), when it names no record of the partnership
     * @throws InvalidInputException on {@code field} when it names no record of the partnership
     */
    public Records.Ref resolve(Access access, String link, String field, String refusal) {
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
        throw InvalidInputException.of(field, refusal);
    }

    /** The bundle key of the name of a kind ("Risk"), or empty when no module offers that kind. */
    public Optional<String> labelKey(String kind) {
        return records.stream().filter(r -> r.kind().equals(kind)).findFirst().map(Records::labelKey);
    }

    /** The record of {@code kind} with {@code id}, when it is the partnership's. */
    public Optional<Records.Ref> find(Access access, String kind, Long id) {
        if (kind == null || id == null) {
            return Optional.empty();
        }
        return records.stream().filter(r -> r.kind().equals(kind)).findFirst().flatMap(r -> r.find(access, id));
    }
}
