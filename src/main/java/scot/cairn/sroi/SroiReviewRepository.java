package scot.cairn.sroi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface SroiReviewRepository extends CrudRepository<SroiReview, Long> {

    List<SroiReview> findByPartnershipIdOrderByQuarterDesc(long partnershipId);

    Optional<SroiReview> findByPartnershipIdAndQuarter(long partnershipId, String quarter);
}
