package scot.cairn.outcome;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {
    List<Indicator> findByPartnershipIdOrderByName(long partnershipId);

    int countByPartnershipId(long partnershipId);
}
