package scot.cairn.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findByPartnershipIdOrderByStartsAtAscIdAsc(long partnershipId);

    Optional<Meeting> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);

    /** The meetings of the partnership that invite the person as a guest, by id. */
    @org.springframework.data.jdbc.repository.query.Query("""
            select m.id from meeting_meeting m where m.partnership_id = :partnershipId and exists
              (select 1 from meeting_invitee i where i.meeting_id = m.id and i.person_id = :personId
                  and i.guest_name is not null)
            """)
    List<Long> invitingPerson(long partnershipId, long personId);

    /** The group's meetings after {@code meetingId}'s start that have started by {@code now} and go ahead, soonest first. */
    @org.springframework.data.jdbc.repository.query.Query("""
            select m.id from meeting_meeting m where m.group_id = :groupId and m.cancelled = false
               and m.starts_at > (select starts_at from meeting_meeting where id = :meetingId)
               and m.starts_at <= :now
             order by m.starts_at
            """)
    List<Long> laterStarted(long groupId, long meetingId, java.time.Instant now);

    @Query("select coalesce(max(number), 0) + 1 from meeting_meeting where partnership_id = :partnershipId")
    long nextNumber(long partnershipId);
}
