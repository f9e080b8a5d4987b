package scot.cairn.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.Role;
import scot.cairn.tendering.ConflictRisk;
import scot.cairn.tendering.DeclarationDetails;
import scot.cairn.tendering.DeclarationDetails.InterestDetails;
import scot.cairn.tendering.DeclarationService;
import scot.cairn.tendering.InterestKind;
import scot.cairn.tendering.Measure;
import scot.cairn.tendering.ProcurementDetails;
import scot.cairn.tendering.ProcurementService;
import scot.cairn.tendering.ReviewDetails;
import scot.cairn.tendering.SpecSection;

/**
 * Falkirk on the road to tender: Graeme Wilson joined as Procurement Representative with a finance colleague and
 * Barnardo's fostering manager, and six people declared their interests. Graeme found one conflict: David's Falkirk
 * CVS may bid, so David is kept out of evaluating bids and what he knows is shared with every provider; Karen's
 * Barnardo's may bid too, so she is kept out likewise. Graeme has set two community benefits: care leavers recruited
 * (mandatory) and spending with local social enterprises (scored; required, as the expected procurement he
 * recorded for the council's procurement plan is worth £4.2 million), traced twelve requirements to the evidence and
 * wrote the service specification, which both Senior Sponsors signed yesterday. He drew tender T-1 from it the same
 * day and the board published it: it is open, and providers (Theatre Nemo's Iain among them) may bid for four weeks.
 */
@Component
class DemoTender {

    private final DemoDirectory directory;
    private final DemoPartnerships partnerships;
    private final DemoGovernance governance;
    private final DeclarationService declarations;
    private final scot.cairn.tendering.BenefitService benefits;
    private final scot.cairn.tendering.RequirementService requirements;
    private final DocumentService documents;
    private final ProcurementService procurements;
    private final scot.cairn.tendering.PricingService pricings;
    private final TenderWork work;

    DemoTender(
            DemoDirectory directory,
            DemoPartnerships partnerships,
            DemoGovernance governance,
            DeclarationService declarations,
            scot.cairn.tendering.BenefitService benefits,
            scot.cairn.tendering.RequirementService requirements,
            DocumentService documents,
            ProcurementService procurements,
            scot.cairn.tendering.PricingService pricings,
            TenderWork work) {
        this.work = work;
        this.documents = documents;
        this.procurements = procurements;
        this.pricings = pricings;
        this.directory = directory;
        this.partnerships = partnerships;
        this.governance = governance;
        this.declarations = declarations;
        this.benefits = benefits;
        this.requirements = requirements;
    }

    void fosterCare(long id, CurrentUser fiona, CurrentUser david) {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        var sam = directory.existing("sam.taylor@example.org");
        var graeme = directory.person(
                "Graeme Wilson", "graeme.wilson@falkirk.example", "Procurement Officer", "Falkirk Council");
        var euan = directory.person(
                "Euan Stewart", "euan.stewart@falkirk.example", "Finance Business Partner", "Falkirk Council");
        var karen = directory.person(
                "Karen Duncan", "karen.duncan@barnardos.example", "Fostering Service Manager", "Barnardo's Scotland");
        DemoSeeder.on(today.minusDays(30), () -> {
            for (var person : List.of(graeme, euan, karen)) {
                partnerships.member(id, person, MemberRole.MEMBER, fiona);
            }
            governance.role(id, graeme, Role.PROCUREMENT_REPRESENTATIVE, "1", fiona);
            return id;
        });
        long fionas = DemoSeeder.on(today.minusDays(21), () -> nothing(id, fiona));
        long graemes = DemoSeeder.on(today.minusDays(21), () -> nothing(id, graeme));
        long euans = DemoSeeder.on(today.minusDays(20), () -> nothing(id, euan));
        long sams = DemoSeeder.on(
                today.minusDays(19),
                () -> declarations
                        .declare(
                                id,
                                null,
                                new DeclarationDetails(
                                        false,
                                        List.of(new InterestDetails(
                                                InterestKind.PERSONAL,
                                                null,
                                                "I foster for Falkirk Council, which buys the service; no provider"
                                                        + " that may bid pays me."))),
                                sam)
                        .id());
        long davids = DemoSeeder.on(
                today.minusDays(18),
                () -> declarations
                        .declare(
                                id,
                                null,
                                new DeclarationDetails(
                                        false,
                                        List.of(new InterestDetails(
                                                InterestKind.EMPLOYER,
                                                directory.org("Falkirk CVS"),
                                                "Chief Executive of Falkirk CVS, which may bid for the service or"
                                                        + " support a consortium of local providers."))),
                                david)
                        .id());
        DemoSeeder.on(today.minusDays(14), () -> {
            review(id, fionas, ConflictRisk.NONE, Set.of(), null, graeme);
            review(id, euans, ConflictRisk.NONE, Set.of(), null, graeme);
            review(id, sams, ConflictRisk.NONE, Set.of(), "Carers paid by the council are not bidders.", graeme);
            review(
                    id,
                    davids,
                    ConflictRisk.RELEVANT,
                    Set.of(Measure.KEPT_OUT_OF_EVALUATION, Measure.INFORMATION_SHARED),
                    "Falkirk CVS may bid. David keeps designing the service with us but will not evaluate bids;"
                            + " the draft specification and the pilot's results go to every provider in the forum.",
                    graeme);
            return review(id, graemes, ConflictRisk.NONE, Set.of(), null, fiona);
        });
        DemoSeeder.on(today.minusDays(12), () -> {
            // Published a month into the Tender stage of the plan and awarded three months later.
            var tender = procurements.procurement(id, graeme).tenderStart();
            return procurements
                    .record(
                            id,
                            null,
                            new ProcurementDetails(
                                    "Foster care provision for children in Falkirk",
                                    new BigDecimal("4200000"),
                                    "GBP",
                                    "85311300-5",
                                    tender.plusMonths(1),
                                    tender.plusMonths(4),
                                    36),
                            graeme)
                    .version();
        });
        DemoSeeder.on(today.minusDays(10), () -> {
            benefits.add(
                    id,
                    new scot.cairn.tendering.BenefitDetails(
                            scot.cairn.tendering.BenefitCategory.RECRUITMENT_AND_TRAINING,
                            "Recruit young people leaving care into support-worker posts, with training and a mentor.",
                            "Care leavers recruited into the service",
                            "3 a year",
                            true),
                    graeme);
            return benefits.add(
                    id,
                    new scot.cairn.tendering.BenefitDetails(
                            scot.cairn.tendering.BenefitCategory.SUPPLY_CHAIN,
                            "Buy respite breaks and carers' training from local social enterprises.",
                            "Spend with social enterprises in Falkirk",
                            "£40,000 a year",
                            false),
                    graeme);
        });
        DemoSeeder.on(today.minusDays(7), () -> {
            specification(id, graeme);
            return id;
        });
        DemoSeeder.on(
                today.minusDays(6),
                () -> pricings.set(id, null, weeklyFees(), graeme).version());
        var draft = DemoSeeder.on(today.minusDays(5), () -> {
            // Graeme writes in English; the records the draft keeps are in the language of whoever saves.
            var previous = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.UK);
            try {
                return documents.save(id, DocumentKind.SPEC, 0, null, draftSpecification(), graeme);
            } finally {
                org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(previous);
            }
        });
        DemoSeeder.on(
                today.minusDays(2),
                () -> declarations.declare(
                        id,
                        null,
                        new DeclarationDetails(
                                false,
                                List.of(new InterestDetails(
                                        InterestKind.EMPLOYER,
                                        directory.org("Barnardo's Scotland"),
                                        "Fostering Service Manager at Barnardo's Scotland, which runs a fostering"
                                                + " agency and may bid."))),
                        karen));
        DemoSeeder.on(today.minusDays(1), () -> {
            var declared = declarations.declarations(id, graeme).all().stream()
                    .filter(d -> d.person().equals("Karen Duncan"))
                    .findFirst()
                    .orElseThrow();
            review(
                    id,
                    declared.id(),
                    ConflictRisk.RELEVANT,
                    Set.of(Measure.KEPT_OUT_OF_EVALUATION, Measure.INFORMATION_SHARED),
                    "Barnardo's may bid. Karen keeps advising on the placement model but will not evaluate bids.",
                    graeme);
            var signed = documents.sign(id, DocumentKind.SPEC, draft.number(), draft.version(), fiona);
            documents.sign(id, DocumentKind.SPEC, draft.number(), signed.version(), david);
            return openTender(id, today, graeme, fiona, david);
        });
    }

    /**
     * Tender T-1, drawn by Graeme from the approved specification and published by the board yesterday: quality 50%,
     * price 30% and community benefits 20%, three questions, clarification questions in three weeks and bids in four.
     */
    private long openTender(long id, LocalDate today, CurrentUser graeme, CurrentUser fiona, CurrentUser david) {
        // The board brought the tender forward, so Graeme moves the expected procurement to its dates.
        var expected = procurements.procurement(id, graeme);
        procurements.record(
                id,
                expected.version(),
                new ProcurementDetails(
                        "Foster care provision for children in Falkirk",
                        new BigDecimal("4200000"),
                        "GBP",
                        "85311300-5",
                        today.minusDays(1),
                        today.plusDays(48),
                        36),
                graeme);
        var t = work.tenders()
                .draw(
                        id,
                        new scot.cairn.tendering.TenderDetails(
                                "Foster care provision for children in Falkirk",
                                scot.cairn.tendering.TenderProcedure.OPEN,
                                new BigDecimal("4200000"),
                                50,
                                30,
                                20,
                                today.minusDays(1),
                                today.plusDays(20),
                                today.plusDays(27),
                                today.plusDays(41),
                                today.plusDays(48),
                                today.plusDays(91)),
                        graeme);
        var questions = List.of(
                new scot.cairn.tendering.QuestionDetails(
                        scot.cairn.tendering.QuestionCriterion.QUALITY,
                        "How will you keep placements stable, so that children stay with the carers they know?",
                        "A strong answer sets out support for carers day and night, how a placement at risk is"
                                + " spotted early, and what the pilot taught about matching.",
                        30),
                new scot.cairn.tendering.QuestionDetails(
                        scot.cairn.tendering.QuestionCriterion.QUALITY,
                        "How will you find and keep foster carers in Falkirk?",
                        "A strong answer names where carers come from, the training offered and how carers are"
                                + " kept; it says how many new households a year are expected.",
                        20),
                new scot.cairn.tendering.QuestionDetails(
                        scot.cairn.tendering.QuestionCriterion.COMMUNITY_BENEFITS,
                        "What will you spend with social enterprises in Falkirk each year (CB-2), and on what?",
                        "Score the amount committed a year against the £40,000 target and how sure the plan is.",
                        20));
        for (var q : questions) {
            work.questions().ask(id, t.id(), q, graeme);
        }
        work.publication().propose(id, t.id(), t.version(), graeme);
        var decision = work.decisions()
                .decision(id, work.tenders().tender(id, t.id(), graeme).decisionId(), fiona);
        decision = work.decisions().approve(id, decision.id(), decision.version(), fiona);
        work.decisions().approve(id, decision.id(), decision.version(), david);
        return t.id();
    }

    /** The services a tender is drawn and published with. */
    @Component
    record TenderWork(
            scot.cairn.tendering.TenderService tenders,
            scot.cairn.tendering.QuestionService questions,
            scot.cairn.tendering.TenderPublication publication,
            scot.cairn.governance.DecisionService decisions) {}

    /** A weekly fee per child placed, by age and need, from the pilot's costs. */
    private static scot.cairn.tendering.PricingDetails weeklyFees() {
        return new scot.cairn.tendering.PricingDetails(
                scot.cairn.tendering.PricingModel.PER_UNIT,
                "A weekly fee per child placed, paid monthly in arrears; nothing is paid for an empty bed. Fees rise"
                        + " each April by the uplift in the Scottish recommended allowance for foster carers.",
                List.of(
                        rate("Placement, child aged 0 to 10", "week", "520.00"),
                        rate("Placement, young person aged 11 to 18", "week", "610.00"),
                        rate("Enhanced placement for complex needs", "week", "850.00"),
                        rate("Parent and child placement", "week", "980.00"),
                        rate("Emergency placement, first seven nights", "night", "120.00")));
    }

    private static scot.cairn.tendering.PricingDetails.RateDetails rate(String item, String unit, String price) {
        return new scot.cairn.tendering.PricingDetails.RateDetails(item, unit, new BigDecimal(price));
    }

    /** The words Graeme wrote for each section of the first draft; the requirements and records come with them. */
    private static Map<String, String> draftSpecification() {
        var text = new LinkedHashMap<String, String>();
        text.put(
                "service",
                "Foster care for children and young people in Falkirk aged 0 to 18 who cannot live at home, including"
                        + " brothers and sisters placed together, with support for their carers day and night.");
        text.put(
                "outcomes",
                "The provider works towards the outcomes the pilot measured and reports each indicator quarterly"
                        + " against the targets below.");
        text.put(
                "volumes",
                "The pilot's volumes are a guide: the council expects between 40 and 60 children in placements at"
                        + " any time.");
        text.put(
                "quality-and-staffing",
                "Registered with the Care Inspectorate as a fostering agency, graded good or better; supervising"
                        + " social workers registered with the SSSC, each supporting no more than 14 households.");
        text.put(
                "community-benefits",
                "Bidders commit to the mandatory benefit and say what they offer against the scored one.");
        text.put(
                "pricing",
                "A weekly fee per placement, with a rate card by the child's age and needs; no fee for an empty bed.");
        text.put(
                "data-and-reporting",
                "Quarterly returns of the outcome indicators and volumes, and an annual report to the board with"
                        + " what carers and young people said.");
        text.put(
                "tupe-and-transition",
                "No council staff are expected to transfer; children in the pilot's placements stay with their"
                        + " carers, whoever wins.");
        text.put(
                "contract-period",
                "Three years from the contract start, with the option to extend by up to two more years.");
        return text;
    }

    /**
     * Twelve requirements of the draft specification, each resting on records the partnership holds: the outcome
     * framework's indicators, what carers said, the board's decisions, the plan's tasks and the risks register.
     */
    private void specification(long id, CurrentUser graeme) {
        var choices = requirements.traceability(id, graeme).choices();
        // The record of the kind whose label holds the words; the kind's newest, or any record, if none does.
        java.util.function.BiFunction<String, String, String> pick = (kind, words) -> choices.stream()
                .filter(k -> k.labelKey().equals(kind))
                .findFirst()
                .or(() -> choices.stream().findFirst())
                .map(k -> k.records().stream()
                        .filter(r -> labelText(r.label()).contains(words))
                        .findFirst()
                        .orElse(k.records().get(0))
                        .value())
                .orElseThrow();
        String indicator = "outcome.link.kind";
        String theme = "consultation.link.kind";
        String decision = "governance.link.decision";
        String task = "planning.link.kind";
        String risk = "risk.link.kind";
        write(
                id,
                graeme,
                SpecSection.SERVICE,
                "Foster care placements for children and young people looked after by"
                        + " Falkirk Council, with support for carers between placements.",
                pick.apply(task, "Design the placement model"));
        write(
                id,
                graeme,
                SpecSection.SERVICE,
                "Every carer has a named worker they can reach out of hours.",
                pick.apply(theme, "Someone to talk to"));
        write(
                id,
                graeme,
                SpecSection.OUTCOMES,
                "Placements last: the share of placements lasting a year or more rises each year of the contract.",
                pick.apply(indicator, "Placements lasting"));
        write(
                id,
                graeme,
                SpecSection.OUTCOMES,
                "Carers stay: carers who leave within a year fall each year.",
                pick.apply(indicator, "Carers retained"));
        write(
                id,
                graeme,
                SpecSection.VOLUMES,
                "Up to 60 placements at once, with room for sibling groups.",
                pick.apply(task, "Map current placements"));
        write(
                id,
                graeme,
                SpecSection.QUALITY_AND_STAFFING,
                "Trauma-informed training for every carer before the first placement.",
                pick.apply(theme, "Training before the first placement"));
        write(
                id,
                graeme,
                SpecSection.QUALITY_AND_STAFFING,
                "Supervising social workers stay with a carer for at least a year wherever they can.",
                pick.apply(risk, "Carers leave for agencies"));
        write(
                id,
                graeme,
                SpecSection.COMMUNITY_BENEFITS,
                "Bidders say how they will recruit carers locally with community groups, as the pilot did.",
                pick.apply(decision, "Recruit foster carers jointly"));
        write(
                id,
                graeme,
                SpecSection.PRICING,
                "A weekly fee per placement by the child's age and needs, priced against the rate card.",
                pick.apply(task, "Map current placements"));
        write(
                id,
                graeme,
                SpecSection.DATA_AND_REPORTING,
                "Report the outcome indicators every quarter in the partnership's format, for the SROI review.",
                pick.apply(risk, "Placement data arrive late"));
        write(
                id,
                graeme,
                SpecSection.TUPE_AND_TRANSITION,
                "A transition plan that keeps every child with their carer when the provider changes.",
                pick.apply(risk, "Pilot funding ends"));
        write(
                id,
                graeme,
                SpecSection.CONTRACT_PERIOD,
                "Three years, with the option of two more: long enough for the value the SROI forecast shows.",
                pick.apply("sroi.link.kind", "Forecast for the pilot"));
    }

    /** The words of a record's label: its own words, or the words a message is made with. */
    private static String labelText(Object label) {
        return label instanceof org.springframework.context.MessageSourceResolvable m && m.getArguments() != null
                ? java.util.Arrays.toString(m.getArguments())
                : String.valueOf(label);
    }

    private void write(long id, CurrentUser by, SpecSection section, String text, String evidence) {
        requirements.add(id, new scot.cairn.tendering.RequirementDetails(section, text, List.of(evidence)), by);
    }

    private long nothing(long id, CurrentUser person) {
        return declarations
                .declare(id, null, new DeclarationDetails(true, List.of()), person)
                .id();
    }

    private Object review(
            long id, long declarationId, ConflictRisk risk, Set<Measure> measures, String note, CurrentUser by) {
        var d = declarations.declaration(id, declarationId, by);
        return declarations.review(id, declarationId, d.version(), new ReviewDetails(risk, measures, note), by);
    }
}
