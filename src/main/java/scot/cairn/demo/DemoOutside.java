package scot.cairn.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import scot.cairn.engagement.BulletinService;
import scot.cairn.engagement.EnquiryChannel;
import scot.cairn.engagement.EnquiryDetails;
import scot.cairn.engagement.EnquiryService;
import scot.cairn.engagement.ParityService;
import scot.cairn.engagement.PublicPageService;
import scot.cairn.engagement.SharedDetails;
import scot.cairn.engagement.SharedKind;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.identity.CurrentUser;

/**
 * Falkirk and the providers outside it: the board agreed to a public page four months ago, three bulletins went to the
 * forum of informed providers (Quarriers, whose contact Morag Kerr receives them by email), and two enquiries were
 * answered: Morag's about lots, published for every provider, and a neighbour's phone call about the carers' forum.
 */
@Component
class DemoOutside {

    private final DemoDirectory directory;
    private final DecisionService decisions;
    private final PublicPageService page;
    private final BulletinService bulletins;
    private final EnquiryService enquiries;
    private final ParityService parity;

    DemoOutside(
            DemoDirectory directory,
            DecisionService decisions,
            PublicPageService page,
            BulletinService bulletins,
            EnquiryService enquiries,
            ParityService parity) {
        this.directory = directory;
        this.decisions = decisions;
        this.page = page;
        this.bulletins = bulletins;
        this.enquiries = enquiries;
        this.parity = parity;
    }

    void fosterCare(long id, CurrentUser fiona, CurrentUser david) {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        directory.person("Morag Kerr", "morag.kerr@quarriers.example", "Service Manager", "Quarriers");
        var agreed = today.minusMonths(4);
        DemoSeeder.on(agreed, () -> {
            var d = decisions.propose(
                    id,
                    null,
                    new DecisionDetails(
                            "Open a public page for providers and the public",
                            "Providers outside the partnership may bid when the service is tendered; they should"
                                    + " hear what we decide at the same time as each other.",
                            "Email updates only; a public page as well.",
                            "Open a public page showing our aims, stage, bulletins, published answers and what"
                                    + " carers told us.",
                            agreed,
                            true,
                            null,
                            null,
                            null),
                    fiona);
            var once = decisions.approve(id, d.id(), d.version(), fiona);
            decisions.approve(id, d.id(), once.version(), david);
            return page.change(id, 0, true, d.id(), fiona);
        });
        bulletin(
                id,
                agreed.plusDays(2),
                "Why we are redesigning foster care support",
                "Falkirk Council and Falkirk CVS have started a Public Social Partnership to redesign how foster carers"
                        + " are supported between placements.\n\nWe will pilot a new model next year and then tender the"
                        + " service openly. Every provider in this forum will hear what we learn at the same time.",
                fiona,
                david);
        bulletin(
                id,
                today.minusMonths(2),
                "What carers told us",
                "Twenty-five foster carers answered our consultation online, at a workshop and on paper.\n\nThe"
                        + " strongest messages were weekend support that answers the phone, and respite booked before"
                        + " carers are exhausted. The full \"you said, we did\" is on our public page.",
                fiona,
                david);
        bulletin(
                id,
                today.minusDays(9),
                "Pilot timetable",
                "The pilot is planned to start in the spring and run for twelve months, with results reported every"
                        + " quarter.\n\nWe expect to publish a prior information notice before the tender; this forum"
                        + " will be told first, all at once.",
                fiona,
                david);
        long quarriers = directory.org("Quarriers");
        DemoSeeder.on(today.minusDays(20), () -> {
            var e = enquiries.record(
                    id,
                    new EnquiryDetails(
                            "Morag Kerr",
                            "morag.kerr@quarriers.example",
                            quarriers,
                            "Will the tender be split into lots by area, or let as one contract for Falkirk?",
                            EnquiryChannel.EMAIL,
                            null),
                    fiona);
            e = enquiries.assign(id, e.id(), e.version(), david.personId(), quarriers, fiona);
            e = enquiries.answer(
                    id,
                    e.id(),
                    e.version(),
                    "Nothing is decided yet. The pilot will tell us whether one provider can cover the whole area;"
                            + " the board will decide on lots before the tender, and this forum will hear first.",
                    david);
            return enquiries.publish(
                    id,
                    e.id(),
                    e.version(),
                    "Will the tender be split into lots by area, or let as one contract for Falkirk?",
                    fiona);
        });
        DemoSeeder.on(today.minusDays(6), () -> {
            var e = enquiries.record(
                    id,
                    new EnquiryDetails(
                            "Anne Lindsay",
                            null,
                            null,
                            "My neighbour fosters. Can carers who are not with the council join the carers' forum?",
                            EnquiryChannel.PHONE,
                            null),
                    fiona);
            e = enquiries.assign(id, e.id(), e.version(), fiona.personId(), null, fiona);
            return enquiries.answer(
                    id,
                    e.id(),
                    e.version(),
                    "Yes. Phoned back: Fiona gave the date of the next forum and will post the papers.",
                    fiona);
        });
        // Falkirk CVS, a core partner that may bid, saw the draft outcome measures at a workstream meeting; Quarriers
        // did not: the parity report shows it until the partnership remedies it.
        DemoSeeder.on(
                today.minusDays(3),
                () -> parity.record(
                        id,
                        new SharedDetails(
                                SharedKind.MEETING,
                                "Draft outcome measures discussed at the placement model workstream",
                                today.minusDays(3),
                                java.util.List.of(directory.org("Falkirk CVS"))),
                        fiona));
    }

    private void bulletin(long id, LocalDate day, String title, String body, CurrentUser fiona, CurrentUser david) {
        DemoSeeder.on(day, () -> {
            var b = bulletins.write(id, title, body, fiona);
            b = bulletins.approve(id, b.id(), b.version(), fiona);
            b = bulletins.approve(id, b.id(), b.version(), david);
            return bulletins.send(id, b.id(), b.version(), fiona);
        });
    }
}
