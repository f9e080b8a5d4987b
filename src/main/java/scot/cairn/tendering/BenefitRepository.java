package scot.cairn.tendering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface BenefitRepository extends ListCrudRepository<CommunityBenefit, Long> {

    List<CommunityBenefit> findByPartnershipIdOrderByNumber(long partnershipId);

    Optional<CommunityBenefit> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);
}
