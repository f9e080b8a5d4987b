package scot.cairn.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface DocumentRepository extends ListCrudRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByPartnershipIdAndKindOrderByNumberDesc(long partnershipId, DocumentKind kind);

    Optional<DocumentVersion> findFirstByPartnershipIdAndKindOrderByNumberDesc(long partnershipId, DocumentKind kind);

    Optional<DocumentVersion> findByPartnershipIdAndKindAndNumber(long partnershipId, DocumentKind kind, int number);
}
