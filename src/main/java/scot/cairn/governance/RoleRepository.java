package scot.cairn.governance;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface RoleRepository extends ListCrudRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByPartnershipId(long partnershipId);

    List<RoleAssignment> findByPersonId(long personId);
}
