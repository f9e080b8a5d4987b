package scot.cairn.planning;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TaskRepository extends ListCrudRepository<PlanTask, Long> {

    Optional<PlanTask> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);

    @Query("select coalesce(max(number), 0) + 1 from planning_task where partnership_id = :partnershipId")
    long nextNumber(long partnershipId);
}
