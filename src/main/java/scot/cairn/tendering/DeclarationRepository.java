package scot.cairn.tendering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface DeclarationRepository extends ListCrudRepository<Declaration, Long> {

    List<Declaration> findByPartnershipId(long partnershipId);

    Optional<Declaration> findByPartnershipIdAndPersonId(long partnershipId, long personId);

    Optional<Declaration> findByIdAndPartnershipId(long id, long partnershipId);
}
