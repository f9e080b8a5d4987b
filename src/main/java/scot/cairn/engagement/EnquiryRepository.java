package scot.cairn.engagement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface EnquiryRepository extends ListCrudRepository<Enquiry, Long> {

    List<Enquiry> findByPartnershipIdOrderByNumberDesc(long partnershipId);

    Optional<Enquiry> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);
}
