package scot.cairn.demo;

import static scot.cairn.directory.OrganisationType.CHARITY;
import static scot.cairn.directory.OrganisationType.GOVERNMENT_BODY;
import static scot.cairn.directory.OrganisationType.LOCAL_AUTHORITY;
import static scot.cairn.directory.OrganisationType.SOCIAL_ENTERPRISE;
import static scot.cairn.directory.OrganisationType.THIRD_SECTOR_INTERFACE;
import static scot.cairn.directory.Sector.PUBLIC;
import static scot.cairn.directory.Sector.THIRD;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.GroupKind;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.PlatformClock;

/**
 * The demo world: organisations from the 2009-2011 programme, demo accounts, the ten pilots selected in November
 * 2009, and the Falkirk foster-care PSP with its 7, 12 and 5 month stages dated around today.
 */
@Component
class DemoSeeder {

    /** One of the ten pilots: public partner, third-sector partner, market, region and aims, as the programme listed them. */
    record Pilot(String publicPartner, String thirdPartner, Market market, String region, String aims) {}

    static final List<Pilot> PILOTS = List.of(
            new Pilot(
                    "Aberdeenshire Council",
                    "Cornerstone",
                    Market.SOCIAL_CARE,
                    "Aberdeenshire",
                    "Delivery of services to people with learning disabilities."),
            new Pilot(
                    "HMP Barlinnie",
                    "Theatre Nemo",
                    Market.CRIMINAL_JUSTICE,
                    "Glasgow",
                    "Involving prisoners, particularly those with mental health issues, in theatre and the arts."),
            new Pilot(
                    "Comhairle nan Eilean Siar",
                    "Third Sector Hebrides",
                    Market.TRANSPORT,
                    "Western Isles",
                    "Developing a range of services, including travel, transport and ground maintenance."),
            new Pilot(
                    "Argyll and Bute Council",
                    "ABSEN",
                    Market.SOCIAL_CARE,
                    "Argyll and Bute",
                    "Establishing a social economy adult respite care bureau, offering a menu of respite services."),
            new Pilot(
                    "Falkirk Council",
                    "Falkirk CVS",
                    Market.CHILDREN_AND_FAMILIES,
                    "Falkirk",
                    "Looking at commissioning of all services to children and families."),
            new Pilot(
                    "East Renfrewshire Council",
                    "Partners for Inclusion",
                    Market.SOCIAL_CARE,
                    "West of Scotland",
                    "Providing person-centred services to people with learning disabilities and mental health issues."),
            new Pilot(
                    "Registers of Scotland",
                    "Haven Products",
                    Market.EMPLOYABILITY,
                    "Glasgow and Edinburgh",
                    "Increasing the fair employment of people with disabilities."),
            new Pilot(
                    "Renfrewshire Council",
                    "Renfrewshire CVS",
                    Market.SOCIAL_CARE,
                    "Renfrewshire",
                    "Expanding and changing the current PSP, delivering services to older people."),
            new Pilot(
                    "Aberdeen City Council",
                    "Inspire",
                    Market.SOCIAL_CARE,
                    "Aberdeen City",
                    "Transforming current delivery of services to people with learning disabilities to become more "
                            + "person-centred."),
            new Pilot(
                    "Aberdeenshire Council",
                    "Central and South CVS",
                    Market.WASTE_MANAGEMENT,
                    "Aberdeenshire",
                    "Recycling furniture and household goods to reduce waste and provide affordable goods to people "
                            + "setting up homes."));

    private final DemoDirectory directory;
    private final DemoPartnerships partnerships;
    private final DemoGovernance governance;
    private final DemoOutcomes outcomes;
    private final DemoDocuments documents;
    private final DemoSroi sroi;
    private final DemoProject project;
    private final DemoPastTender past;

    DemoSeeder(
            DemoDirectory directory,
            DemoPartnerships partnerships,
            DemoGovernance governance,
            DemoOutcomes outcomes,
            DemoDocuments documents,
            DemoSroi sroi,
            DemoProject project,
            DemoPastTender past) {
        this.past = past;
        this.directory = directory;
        this.partnerships = partnerships;
        this.governance = governance;
        this.outcomes = outcomes;
        this.documents = documents;
        this.sroi = sroi;
        this.project = project;
    }

    /** All or nothing: a start interrupted while seeding leaves an empty database, which the next start fills. */
    @Transactional
    void seed(String password) {
        organisations();
        directory.account("Alex Morgan", "admin@cairn.example", "Platform administrator", null, password, true);
        var fiona = directory.account(
                "Fiona Reid",
                "fiona.reid@falkirk.example",
                "Head of Children's Services",
                "Falkirk Council",
                password,
                false);
        var david = directory.account(
                "David Kerr", "david.kerr@falkirkcvs.example", "Chief Executive", "Falkirk CVS", password, false);
        var sam = directory.account("Sam Taylor", "sam.taylor@example.org", "Foster carer", null, password, false);
        var morven = directory.account(
                "Morven Fraser",
                "morven.fraser@gov.example",
                "PSP programme manager",
                "Scottish Government",
                password,
                false);
        var iain = directory.account(
                "Iain Campbell", "iain.campbell@theatrenemo.example", "Director", "Theatre Nemo", password, false);
        fosterCare(fiona, david, sam);
        pilots(morven);
        past.run(fiona, iain, password);
    }

    private void organisations() {
        directory.org("Scottish Government", PUBLIC, GOVERNMENT_BODY, "Scotland");
        directory.org("Forth Sector Development", THIRD, SOCIAL_ENTERPRISE, "Edinburgh");
        for (var pilot : PILOTS) {
            directory.org(
                    pilot.publicPartner(),
                    PUBLIC,
                    pilot.publicPartner().startsWith("HMP")
                                    || pilot.publicPartner().startsWith("Registers")
                            ? GOVERNMENT_BODY
                            : LOCAL_AUTHORITY,
                    pilot.region());
            directory.org(
                    pilot.thirdPartner(),
                    THIRD,
                    pilot.thirdPartner().endsWith("CVS") || pilot.thirdPartner().startsWith("Third Sector")
                            ? THIRD_SECTOR_INTERFACE
                            : pilot.thirdPartner().equals("Haven Products")
                                            || pilot.thirdPartner().equals("ABSEN")
                                    ? SOCIAL_ENTERPRISE
                                    : CHARITY,
                    pilot.region());
        }
        directory.org("Barnardo's Scotland", THIRD, CHARITY, "Scotland");
        directory.org("Quarriers", THIRD, CHARITY, "Scotland");
    }

    /**
     * Falkirk's foster-care PSP, told in the order it happened: explored for two months, the MoU signed before the
     * gate into Design five months ago, the PID approved since, and measurements of the last four quarters.
     */
    private void fosterCare(CurrentUser fiona, CurrentUser david, CurrentUser sam) {
        var today = LocalDate.now();
        var design = today.minusMonths(5).withDayOfMonth(1);
        long id = on(design.minusMonths(2), () -> {
            long started = partnerships.start(
                    fiona,
                    "Falkirk foster care provision",
                    Market.CHILDREN_AND_FAMILIES,
                    "Falkirk",
                    "Design, pilot and then tender foster care provision for children in Falkirk with existing"
                            + " providers, building quarterly SROI reviews into the service specification.",
                    directory.org("Falkirk Council"));
            partnerships.partner(started, directory.org("Falkirk CVS"), Standing.CORE, fiona);
            partnerships.partner(started, directory.org("Barnardo's Scotland"), Standing.CONSULTED, fiona);
            partnerships.partner(started, directory.org("Quarriers"), Standing.INFORMED, fiona);
            partnerships.member(started, david, MemberRole.MEMBER, fiona);
            partnerships.member(started, sam, MemberRole.MEMBER, fiona);
            return started;
        });
        on(design.minusMonths(1), () -> {
            partnerships.assessGo(
                    id,
                    List.of(
                            "Several existing providers of foster care already work in the area.",
                            "Providers took part in designing a good-practice model and want to change how it is run.",
                            "Falkirk Council children's services commission the placements.",
                            "Council and CVS already share an Integrated Children's Services Plan."),
                    "All four questions answered well; the partners agree to go ahead.",
                    fiona);
            fosterCareGovernance(id, fiona, david, sam);
            return id;
        });
        on(design.minusDays(10), () -> {
            documents.fosterCareMou(id, fiona, david);
            governance.mouDecision(id, design.minusDays(10), fiona, david);
            return id;
        });
        on(design, () -> {
            partnerships.advance(id, fiona, david, fiona);
            return id;
        });
        governance.designDecisions(id, design, fiona, david);
        on(design.plusMonths(2), () -> {
            documents.fosterCarePid(id, fiona, david);
            return id;
        });
        partnerships.plan(
                id,
                fiona,
                design.minusMonths(2),
                design.minusDays(1),
                design,
                design.plusMonths(7).minusDays(1),
                design.plusMonths(7),
                design.plusMonths(19).minusDays(1),
                design.plusMonths(19),
                design.plusMonths(24).minusDays(1),
                design.plusMonths(24),
                design.plusMonths(60).minusDays(1));
        outcomes.fosterCare(id, fiona, david);
        sroi.fosterCare(id, fiona, david, design.plusMonths(7));
        project.fosterCare(id, fiona, david);
        project.fosterCarePlan(id, fiona, david);
    }

    /** A board of council, CVS and a foster carer; a project team with two workstreams; the core roles. */
    private void fosterCareGovernance(long id, CurrentUser fiona, CurrentUser david, CurrentUser sam) {
        long board = governance.standardGroups(id, GroupKind.BOARD, fiona);
        governance.member(id, board, fiona, false, fiona);
        governance.member(id, board, david, false, fiona);
        governance.member(id, board, sam, true, fiona);
        long team = governance.group(id, GroupKind.PROJECT_TEAM, fiona);
        governance.member(id, team, fiona, false, fiona);
        governance.member(id, team, david, false, fiona);
        governance.workstream(id, team, "Placement model", david, fiona);
        governance.workstream(id, team, "Outcomes and SROI", fiona, fiona);
        long forum = governance.group(id, GroupKind.SERVICE_USER_FORUM, fiona);
        governance.member(id, forum, sam, true, fiona);
        long informed = governance.group(id, GroupKind.INFORMED_PROVIDERS, fiona);
        governance.provider(id, informed, directory.org("Quarriers"), fiona);
        governance.role(id, fiona, Role.SENIOR_SPONSOR, "2", fiona);
        governance.role(id, david, Role.SENIOR_SPONSOR, "2", fiona);
        governance.role(id, fiona, Role.PROJECT_MANAGER, "6", fiona);
        governance.role(id, david, Role.WORKSTREAM_LEAD, "4", fiona);
        governance.role(id, david, Role.ANALYST, "1", fiona);
        governance.role(id, sam, Role.SERVICE_USER_REPRESENTATIVE, "1", fiona);
    }

    /** Runs demo steps as of the morning of {@code day}, so records carry the date they happened on. */
    static <T> T on(LocalDate day, java.util.function.Supplier<T> steps) {
        return PlatformClock.asOf(
                day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant(), steps);
    }

    /**
     * The ten pilots of the Scottish Government's 2009-2011 programme, in the order their year went: selected in
     * November 2009 after exploring from August, the MoU signed before Design began in December, the PID and forecast
     * approved before the Pilot stage in July 2010, and closed when the programme ended in June 2011. None reached
     * procurement.
     */
    private void pilots(CurrentUser owner) {
        for (var pilot : PILOTS) {
            String publicName = pilot.publicPartner();
            String thirdName = pilot.thirdPartner();
            var commissioner = contact(publicName, "Commissioning officer");
            var provider = contact(thirdName, "Service manager");
            long id = on(LocalDate.of(2009, 8, 3), () -> {
                long started = partnerships.start(
                        owner,
                        publicName + " and " + thirdName,
                        pilot.market(),
                        pilot.region(),
                        pilot.aims(),
                        directory.org(publicName));
                partnerships.partner(started, directory.org(thirdName), Standing.CORE, owner);
                partnerships.member(started, commissioner, MemberRole.MANAGER, owner);
                partnerships.member(started, provider, MemberRole.MEMBER, owner);
                return started;
            });
            on(LocalDate.of(2009, 11, 16), () -> {
                partnerships.assessGo(
                        id,
                        List.of(
                                "Selected as one of ten pilots in November 2009.",
                                thirdName + " already delivers related services.",
                                publicName + " commissions the service.",
                                "Both partners committed staff time to the pilot."),
                        "Selected for the Scottish Government PSP programme.",
                        owner);
                governance.role(id, commissioner, Role.SENIOR_SPONSOR, "2", owner);
                governance.role(id, provider, Role.SENIOR_SPONSOR, "2", owner);
                long board = governance.standardGroups(id, GroupKind.BOARD, owner);
                governance.member(id, board, commissioner, false, owner);
                governance.member(id, board, provider, false, owner);
                documents.pilotMou(id, publicName, thirdName, owner, commissioner, provider);
                return id;
            });
            on(LocalDate.of(2009, 12, 1), () -> {
                partnerships.advance(id, commissioner, provider, owner);
                governance.role(id, provider, Role.PROJECT_MANAGER, "8", owner);
                return id;
            });
            on(LocalDate.of(2010, 6, 14), () -> {
                documents.pilotPid(id, publicName, thirdName, owner, commissioner, provider);
                sroi.pilotForecast(id, owner, commissioner, provider);
                return id;
            });
            on(LocalDate.of(2010, 7, 1), () -> {
                partnerships.advance(id, commissioner, provider, owner);
                return id;
            });
            partnerships.plan(
                    id,
                    owner,
                    LocalDate.of(2009, 8, 3),
                    LocalDate.of(2009, 11, 30),
                    LocalDate.of(2009, 12, 1),
                    LocalDate.of(2010, 6, 30),
                    LocalDate.of(2010, 7, 1),
                    LocalDate.of(2011, 6, 30));
            on(LocalDate.of(2011, 6, 30), () -> {
                partnerships.close(id, ClosureRoute.STOPPED, PILOT_ENDED, owner);
                return id;
            });
        }
    }

    static final String PILOT_ENDED = "The Scottish Government's pilot programme ended in June 2011, before any of its"
            + " ten pilots reached procurement. What the pilots learned went into the PSP guidance published on"
            + " 8 July 2011.";

    private CurrentUser contact(String organisation, String jobTitle) {
        String email =
                organisation.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "") + "@contact.example";
        try {
            return directory.existing(email);
        } catch (java.util.NoSuchElementException notYet) {
            return directory.person(jobTitle + ", " + organisation, email, jobTitle, organisation);
        }
    }
}
