package scot.cairn.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActionRepository extends ListCrudRepository<MeetingAction, Long> {

    List<MeetingAction> findByMeetingIdOrderByNumber(long meetingId);

    Optional<MeetingAction> findByIdAndPartnershipId(long id, long partnershipId);

    long countByMeetingId(long meetingId);

    @Query("select coalesce(max(number), 0) + 1 from meeting_action where partnership_id = :partnershipId")
    long nextNumber(long partnershipId);

    /** Open actions of the group's meetings that started before {@code meetingId}'s, by number. */
    @Query("""
            select a.* from meeting_action a join meeting_meeting m on m.id = a.meeting_id
             where m.group_id = :groupId and a.done_on is null and m.id <> :meetingId
               and m.starts_at < (select starts_at from meeting_meeting where id = :meetingId)
             order by a.number
            """)
    List<MeetingAction> carriedInto(long groupId, long meetingId);

    /** Open actions of the partnership due before {@code before}, by due date. */
    @Query("""
            select * from meeting_action where partnership_id = :partnershipId and done_on is null and due < :before
             order by due, number
            """)
    List<MeetingAction> overdue(long partnershipId, java.time.LocalDate before);
}
