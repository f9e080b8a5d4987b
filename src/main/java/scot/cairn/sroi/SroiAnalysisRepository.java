package scot.cairn.sroi;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface SroiAnalysisRepository extends CrudRepository<SroiAnalysis, Long> {

    List<SroiAnalysis> findByPartnershipIdOrderByPeriodFromDescIdDesc(long partnershipId);

    @Query("select count(*) from sroi_analysis where partnership_id = :partnershipId and kind = :kind"
            + " and status = 'APPROVED'")
    int countApproved(long partnershipId, String kind);

    int countByPartnershipId(long partnershipId);
}
