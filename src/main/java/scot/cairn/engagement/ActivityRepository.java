package scot.cairn.engagement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActivityRepository extends ListCrudRepository<CommsActivity, Long> {

    List<CommsActivity> findByPartnershipIdOrderByDueAscNumberAsc(long partnershipId);

    Optional<CommsActivity> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);

    @Query("select coalesce(max(number), 0) + 1 from engagement_activity where partnership_id = :partnershipId")
    long nextNumber(long partnershipId);
}
