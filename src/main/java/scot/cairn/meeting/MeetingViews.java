package scot.cairn.meeting;

import java.util.ArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import scot.cairn.governance.GroupKind;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipView;

/** A meeting as its reader sees it: names from the partnership's members, the quorum, what they may do. */
@Component
class MeetingViews {

    private final MeetingSupport support;

    MeetingViews(MeetingSupport support) {
        this.support = support;
    }

    MeetingView view(Access access, Meeting m, GroupKind kind) {
        var people = access.partnership().members().stream()
                .collect(Collectors.toMap(PartnershipView.MemberView::personId, Function.identity(), (a, b) -> a));
        var invitees = new ArrayList<MeetingView.InviteeView>();
        var list = m.invitees();
        Integer yours = null;
        for (int i = 0; i < list.size(); i++) {
            var v = list.get(i);
            var member = v.personId() == null ? null : people.get(v.personId());
            if (access.user() != null
                    && v.personId() != null
                    && v.personId() == access.user().personId()) {
                yours = i;
            }
            invitees.add(new MeetingView.InviteeView(
                    i,
                    v.personId(),
                    v.guest() ? v.guestName() : member == null ? null : member.fullName(),
                    member == null ? null : member.organisationName(),
                    member == null ? null : member.sector(),
                    member != null && member.organisationName() == null,
                    v.guestEmail(),
                    v.capacity(),
                    v.apologies(),
                    v.attended()));
        }
        var agenda = new ArrayList<MeetingView.ItemView>();
        var items = m.agenda();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            agenda.add(new MeetingView.ItemView(
                    i, item.title(), item.presenter(), item.minutes(), item.standing() != null));
        }
        boolean recorded = invitees.stream().anyMatch(MeetingView.InviteeView::attended);
        var quorum = Quorum.of(
                kind,
                invitees.stream()
                        .filter(v -> !v.guest() && v.attended())
                        .map(MeetingView.InviteeView::sector)
                        .toList(),
                invitees.stream().anyMatch(MeetingView.InviteeView::serviceUser));
        var now = support.clock().instant();
        return new MeetingView(
                m.id(),
                m.version(),
                m.reference(),
                m.groupId(),
                kind,
                m.seriesNumber(),
                m.title(),
                m.startsAt().atZone(Series.SCOTLAND),
                m.endsAt().atZone(Series.SCOTLAND),
                m.place(),
                m.onlineLink(),
                m.stepFree(),
                m.hearingLoop(),
                m.accessNotes(),
                m.cancelled(),
                m.endsAt().isBefore(now),
                invitees,
                agenda,
                recorded,
                quorum.met(),
                quorum.missing().stream()
                        .map(q -> support.words(q.key(), q.getArguments()))
                        .toList(),
                !m.cancelled() && access.mayEdit(Editors.MEETINGS),
                yours);
    }
}
