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

    /**
     * @param group the meeting's group as it is now, whose seats say each invitee's sector and whether they sit as a
     *     service user or carer; an invitee without a seat (a guest, or someone who left the group) counts for no one
     */
    MeetingView view(Access access, Meeting m, scot.cairn.governance.GroupView group) {
        return view(access, m, group, Extras.days(PaperDeadline.STANDARD_DAYS));
    }

    /**
     * What a meeting's own page adds to the list's view of it.
     *
     * @param papers the meeting's papers
     * @param decisions the decisions it minuted, by id, as the log has them (empty for a guest)
     * @param paperDays the group's deadline for papers, in working days before the meeting
     * @param approvedIn the reference and title of the meeting that approved the minutes, or null
     */
    record Extras(
            java.util.List<PaperStore.Paper> papers,
            java.util.Map<Long, scot.cairn.governance.DecisionView> decisions,
            int paperDays,
            String approvedIn) {
        static Extras days(int paperDays) {
            return new Extras(java.util.List.of(), java.util.Map.of(), paperDays, null);
        }
    }

    MeetingView view(Access access, Meeting m, scot.cairn.governance.GroupView group, Extras extras) {
        var kind = group == null ? GroupKind.BOARD : group.kind();
        var seats = group == null
                ? java.util.Map.<Long, scot.cairn.governance.GroupView.MemberView>of()
                : group.members().stream()
                        .collect(Collectors.toMap(
                                scot.cairn.governance.GroupView.MemberView::personId,
                                Function.identity(),
                                (a, b) -> a));
        var now = support.clock().instant();
        boolean started = !m.startsAt().isAfter(now);
        var people = access.partnership().members().stream()
                .collect(Collectors.toMap(PartnershipView.MemberView::personId, Function.identity(), (a, b) -> a));
        var invitees = new ArrayList<MeetingView.InviteeView>();
        var list = m.invitees();
        Integer yours = null;
        for (int i = 0; i < list.size(); i++) {
            var v = list.get(i);
            var member = v.personId() == null ? null : people.get(v.personId());
            var seat = v.personId() == null ? null : seats.get(v.personId());
            // Only someone who takes part sends their own apologies, and only before the meeting starts.
            if (access.user() != null
                    && v.personId() != null
                    && v.personId() == access.user().personId()
                    && access.participates()
                    && access.open()
                    && !started) {
                yours = i;
            }
            // Approved minutes show who people were when they were approved, not who they are now.
            boolean kept = v.keptWhenApproved();
            invitees.add(new MeetingView.InviteeView(
                    i,
                    v.personId(),
                    kept ? v.keptName() : v.guest() ? v.guestName() : member == null ? null : member.fullName(),
                    kept
                            ? v.keptOrganisation()
                            : seat != null
                                    ? seat.organisationName()
                                    : member == null ? null : member.organisationName(),
                    kept
                            ? (v.keptSector() == null ? null : scot.cairn.directory.Sector.valueOf(v.keptSector()))
                            : seat == null ? null : seat.sector(),
                    kept ? v.keptServiceUser() : seat != null && seat.serviceUser(),
                    access.mayEdit(Editors.MEETINGS) ? v.guestEmail() : null,
                    v.capacity(),
                    v.apologies(),
                    v.attended(),
                    v.guest()));
        }
        var agenda = new ArrayList<MeetingView.ItemView>();
        var items = m.agenda();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            // The standing item is worded in the reader's language, whoever scheduled the meeting.
            var title = item.standing() != null ? support.words("meeting.agenda.standing") : item.title();
            var papers = extras.papers().stream()
                    .filter(p -> p.itemKey() == item.itemKey())
                    .map(p -> new MeetingView.PaperView(
                            p.id(),
                            p.itemKey(),
                            p.title(),
                            p.fileName(),
                            p.type().extension().toUpperCase(java.util.Locale.ROOT),
                            p.size(),
                            p.late(),
                            p.addedAt().atZone(Series.SCOTLAND),
                            p.sha256()))
                    .toList();
            var decisions = m.decisions().stream()
                    .filter(d ->
                            d.itemKey() == item.itemKey() && extras.decisions().containsKey(d.decisionId()))
                    .map(d -> {
                        var dv = extras.decisions().get(d.decisionId());
                        return new MeetingView.DecisionMinuted(
                                dv.id(), dv.reference(), dv.title(), dv.status().name(), d.proposed(), d.itemKey());
                    })
                    .sorted(java.util.Comparator.comparing(MeetingView.DecisionMinuted::id))
                    .toList();
            agenda.add(new MeetingView.ItemView(
                    i,
                    item.itemKey(),
                    title,
                    item.presenter(),
                    item.minutes(),
                    item.standing() != null,
                    item.discussion(),
                    papers,
                    decisions,
                    access.partnership().viewerRole() == null && !access.user().administrator()
                            ? null
                            : support.links()
                                    .find(access, item.linkKind(), item.linkId())
                                    .orElse(null)));
        }
        boolean recorded = invitees.stream().anyMatch(MeetingView.InviteeView::attended);
        var quorum = Quorum.of(
                kind,
                invitees.stream()
                        .filter(v -> !v.guest()
                                && v.attended()
                                && (m.minutesApprovedAt() != null || seats.containsKey(v.personId())))
                        .map(MeetingView.InviteeView::sector)
                        .toList(),
                invitees.stream().anyMatch(MeetingView.InviteeView::serviceUser));
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
                started,
                invitees,
                agenda,
                recorded,
                quorum.met(),
                quorum.missing().stream()
                        .map(q -> support.words(q.key(), q.getArguments()))
                        .toList(),
                !m.cancelled() && m.minutesApprovedAt() == null && access.mayEdit(Editors.MEETINGS),
                yours,
                PaperDeadline.dueBy(m.startsAt().atZone(Series.SCOTLAND).toLocalDate(), extras.paperDays()),
                zoned(m.packIssuedAt()),
                zoned(m.minutesCirculatedAt()),
                zoned(m.minutesApprovedAt()),
                m.minutesApprovedIn(),
                extras.approvedIn(),
                !access.participates()
                        && !access.user().administrator()
                        && access.partnership().viewerRole() == null);
    }

    private static java.time.ZonedDateTime zoned(java.time.Instant at) {
        return at == null ? null : at.atZone(Series.SCOTLAND);
    }
}
