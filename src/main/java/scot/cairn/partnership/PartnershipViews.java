package scot.cairn.partnership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.PersonService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipView.MemberView;
import scot.cairn.partnership.PartnershipView.PartnerView;
import scot.cairn.partnership.PartnershipView.StageView;
import scot.cairn.platform.Message;

/** Builds the read records pages and the API show, joining in organisation and person names. */
@Component
class PartnershipViews {

    private final OrganisationService organisations;
    private final PersonService people;

    PartnershipViews(OrganisationService organisations, PersonService people) {
        this.organisations = organisations;
        this.people = people;
    }

    PartnershipView view(Partnership p, CurrentUser viewer, LocalDate today) {
        Set<Long> orgIds = new HashSet<>();
        p.partners().forEach(x -> orgIds.add(x.organisationId()));
        var orgs = organisations.getAll(orgIds);
        var persons = people.getAll(p.members().stream().map(Member::personId).toList());
        var partners = p.partners().stream()
                .filter(x -> orgs.containsKey(x.organisationId()))
                .map(x -> {
                    var o = orgs.get(x.organisationId());
                    return new PartnerView(o.id(), o.name(), o.sector(), x.standing(), o.id() == nz(p.leadPartnerId()));
                })
                .sorted(Comparator.comparing(PartnerView::standing).thenComparing(PartnerView::name))
                .toList();
        var members = p.members().stream()
                .filter(m -> persons.containsKey(m.personId()))
                .map(m -> {
                    var person = persons.get(m.personId());
                    return new MemberView(
                            person.id(),
                            person.fullName(),
                            person.email(),
                            person.organisationName(),
                            person.sector(),
                            m.role());
                })
                .sorted(Comparator.comparing(MemberView::role).thenComparing(MemberView::fullName))
                .toList();
        var lead = p.leadPartnerId() == null ? null : orgs.get(p.leadPartnerId());
        return new PartnershipView(
                p.id(),
                p.version(),
                p.title(),
                p.market(),
                p.region(),
                p.aims(),
                p.leadPartnerId(),
                lead == null ? null : lead.name(),
                p.stage(),
                p.closureRoute(),
                p.closureReason(),
                p.createdAt(),
                partners,
                members,
                timeline(p, today),
                viewer == null ? null : p.role(viewer.personId()).orElse(null),
                viewer != null && PartnershipScope.manages(p, viewer));
    }

    static List<StageView> timeline(Partnership p, LocalDate today) {
        var views = new ArrayList<StageView>();
        boolean passed = true;
        for (Stage s : Stage.LIFECYCLE) {
            var plan = p.plan(s);
            String status;
            if (s == p.stage()) {
                status = "current";
                passed = false;
            } else if (passed && p.stage() != Stage.CLOSED) {
                status = "done";
            } else if (p.stage() == Stage.CLOSED) {
                status = plan.actualEnd() != null ? "done" : "not reached";
            } else {
                status = "upcoming";
            }
            views.add(new StageView(
                    s,
                    plan.plannedStart(),
                    plan.plannedEnd(),
                    plan.actualStart(),
                    plan.actualEnd(),
                    status,
                    todayNote(plan, status, today)));
        }
        return views;
    }

    /** Today is written in the reader's language (Dates follows the request), as the view is built for them. */
    private static Message todayNote(StagePlan plan, String status, LocalDate today) {
        if ("current".equals(status) && plan.plannedEnd() != null) {
            long days = ChronoUnit.DAYS.between(today, plan.plannedEnd());
            return days >= 0
                    ? Message.of("partnership.overview.daysLeft", scot.cairn.platform.Dates.day(today), days)
                    : Message.of("partnership.overview.daysPast", scot.cairn.platform.Dates.day(today), -days);
        }
        if (plan.plannedStart() != null
                && plan.plannedEnd() != null
                && !today.isBefore(plan.plannedStart())
                && !today.isAfter(plan.plannedEnd())) {
            return Message.of("partnership.overview.plannedToday", scot.cairn.platform.Dates.day(today));
        }
        return null;
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }
}
