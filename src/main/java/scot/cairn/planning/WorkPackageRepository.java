package scot.cairn.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface WorkPackageRepository extends ListCrudRepository<WorkPackage, Long> {

    List<WorkPackage> findByPartnershipIdOrderByNumber(long partnershipId);

    Optional<WorkPackage> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);

    @Query("select coalesce(max(number), 0) + 1 from planning_work_package where partnership_id = :partnershipId")
    long nextNumber(long partnershipId);
}
