package scot.cairn.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    List<Person> findByOrganisationId(Long organisationId);

    List<Person> findByOrganisationIdIn(java.util.Collection<Long> organisationIds);
}
