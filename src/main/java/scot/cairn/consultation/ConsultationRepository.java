package scot.cairn.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ConsultationRepository extends ListCrudRepository<Consultation, Long> {

    List<Consultation> findByPartnershipIdOrderByNumberDesc(long partnershipId);

    Optional<Consultation> findByIdAndPartnershipId(long id, long partnershipId);

    Optional<Consultation> findByLinkToken(String linkToken);

    long countByPartnershipId(long partnershipId);
}
