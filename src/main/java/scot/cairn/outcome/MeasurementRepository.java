package scot.cairn.outcome;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MeasurementRepository extends ListCrudRepository<Measurement, Long> {
    List<Measurement> findByPartnershipIdAndPeriod(long partnershipId, String period);

    List<Measurement> findByPartnershipId(long partnershipId);

    Optional<Measurement> findByIndicatorIdAndPeriodAndBreakdown(long indicatorId, String period, String breakdown);
}
