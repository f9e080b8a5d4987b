package scot.cairn.tendering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface RequirementRepository extends ListCrudRepository<Requirement, Long> {

    List<Requirement> findByPartnershipIdOrderByNumber(long partnershipId);

    Optional<Requirement> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);
}
