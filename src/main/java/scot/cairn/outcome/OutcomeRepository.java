package scot.cairn.outcome;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface OutcomeRepository extends ListCrudRepository<Outcome, Long> {
    List<Outcome> findByPartnershipIdOrderByName(long partnershipId);

    int countByPartnershipId(long partnershipId);
}
