package scot.cairn.outcome;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface StakeholderGroupRepository extends ListCrudRepository<StakeholderGroup, Long> {
    List<StakeholderGroup> findByPartnershipIdOrderByName(long partnershipId);

    int countByPartnershipId(long partnershipId);
}
