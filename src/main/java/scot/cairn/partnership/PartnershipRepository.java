package scot.cairn.partnership;

import org.springframework.data.repository.ListCrudRepository;

interface PartnershipRepository extends ListCrudRepository<Partnership, Long> {}
