package scot.cairn.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

    Optional<Organisation> findByNameKey(String nameKey);

    Optional<Organisation> findByCharityNumber(String charityNumber);

    Optional<Organisation> findByCompanyNumber(String companyNumber);

    @Query("select * from directory_organisation where name_key like :pattern order by name_key")
    List<Organisation> search(String pattern);
}
