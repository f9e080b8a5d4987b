package scot.cairn.outcome;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PeriodSignoffRepository extends ListCrudRepository<PeriodSignoff, Long> {
    Optional<PeriodSignoff> findByPartnershipIdAndPeriod(long partnershipId, String period);

    List<PeriodSignoff> findByPartnershipId(long partnershipId);
}
