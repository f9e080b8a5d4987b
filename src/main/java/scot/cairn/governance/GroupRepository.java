package scot.cairn.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GroupRepository extends ListCrudRepository<GovernanceGroup, Long> {

    List<GovernanceGroup> findByPartnershipId(long partnershipId);

    Optional<GovernanceGroup> findByPartnershipIdAndKind(long partnershipId, GroupKind kind);
}
