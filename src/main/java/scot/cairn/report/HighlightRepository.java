package scot.cairn.report;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface HighlightRepository extends ListCrudRepository<HighlightReport, Long> {

    Optional<HighlightReport> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);

    @Query("select coalesce(max(number), 0) + 1 from report_highlight where partnership_id = :partnershipId")
    long nextNumber(long partnershipId);

    @Query("select max(period_to) from report_highlight where partnership_id = :partnershipId")
    Optional<java.time.LocalDate> lastPeriodEnd(long partnershipId);
}
