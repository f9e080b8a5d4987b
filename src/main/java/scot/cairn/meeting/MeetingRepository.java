package scot.cairn.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findByPartnershipIdOrderByStartsAtAscIdAsc(long partnershipId);

    Optional<Meeting> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);

    @Query("select coalesce(max(number), 0) + 1 from meeting_meeting where partnership_id = :partnershipId")
    long nextNumber(long partnershipId);
}
