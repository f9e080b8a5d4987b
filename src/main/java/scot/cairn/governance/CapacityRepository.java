package scot.cairn.governance;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CapacityRepository extends ListCrudRepository<Capacity, Long> {

    Optional<Capacity> findByPersonId(long personId);
}
