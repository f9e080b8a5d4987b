package scot.cairn.tendering;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.OrganisationSummary;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;

/**
 * People's and organisations' names from the directory, so a record still names someone who has left the partnership
 * or a partner since removed.
 */
@Component
class Names {

    private final PersonService people;
    private final OrganisationService organisations;

    Names(PersonService people, OrganisationService organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    Map<Long, String> people(Collection<Long> ids) {
        return new HashMap<>(people.getAll(ids).values().stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName)));
    }

    Map<Long, String> organisations(Collection<Long> ids) {
        return new HashMap<>(organisations.getAll(ids).values().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name)));
    }
}
