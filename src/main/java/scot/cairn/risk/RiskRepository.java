package scot.cairn.risk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RiskRepository extends ListCrudRepository<Risk, Long> {

    List<Risk> findByPartnershipIdOrderByNumber(long partnershipId);

    Optional<Risk> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);

    Optional<Risk> findByPartnershipIdAndNumber(long partnershipId, long number);

    @Query("select coalesce(max(number), 0) + 1 from risk_risk where partnership_id = :partnershipId")
    int nextNumber(long partnershipId);
}
