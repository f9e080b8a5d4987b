package scot.cairn.engagement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface BulletinRepository extends ListCrudRepository<Bulletin, Long> {

    List<Bulletin> findByPartnershipIdOrderByNumberDesc(long partnershipId);

    Optional<Bulletin> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);
}
