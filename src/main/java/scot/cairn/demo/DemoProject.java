package scot.cairn.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Stage;
import scot.cairn.planning.MilestoneDetails;
import scot.cairn.planning.PlanService;
import scot.cairn.planning.ProgressDetails;
import scot.cairn.planning.TaskDetails;
import scot.cairn.planning.TaskStatus;
import scot.cairn.risk.ActionDetails;
import scot.cairn.risk.Proximity;
import scot.cairn.risk.ReviewDetails;
import scot.cairn.risk.RiskCategory;
import scot.cairn.risk.RiskDetails;
import scot.cairn.risk.RiskKind;
import scot.cairn.risk.RiskResponse;
import scot.cairn.risk.RiskService;
import scot.cairn.risk.RiskStatus;

/**
 * The foster-care plan and register, raised through the risk service: eight items, one scoring above the board's tolerance and
 * one marked for escalation, one risk that came about and is now an issue, and one reviewed. Every next review is
 * still ahead, so the demo people's to-do lists stay as the other demo data leaves them.
 */
@Component
class DemoProject {

    private final RiskService risks;
    private final PlanService plans;
    private final scot.cairn.planning.WorkPackageService packages;
    private final Baselines baselines;

    /** The board's part: approving a plan baseline, and a highlight report submitted to it and noted. */
    @Component
    record Baselines(
            scot.cairn.planning.BaselineService plan,
            scot.cairn.governance.DecisionService decisions,
            scot.cairn.report.HighlightService reports,
            scot.cairn.meeting.MeetingService meetings,
            scot.cairn.meeting.ActionService actions,
            scot.cairn.meeting.PaperService papers,
            scot.cairn.meeting.MinutesService minutes,
            scot.cairn.engagement.CommsPlanService comms,
            scot.cairn.governance.GroupService groups,
            DemoVoices voices) {

        /**
         * The communications plan Fiona wrote: the purpose, audiences inside and outside the partnership, key messages
         * and channels; a communications group of Fiona and David, whose review David recorded; three activities, one
         * done, one of David's due this week, one later.
         */
        void communications(long id, CurrentUser fiona, CurrentUser david) {
            var group = groups.create(id, scot.cairn.governance.GroupKind.COMMUNICATIONS, fiona);
            groups.addMember(id, group.id(), scot.cairn.governance.MemberDetails.of(fiona.email(), false), fiona);
            groups.addMember(id, group.id(), scot.cairn.governance.MemberDetails.of(david.email(), false), fiona);
            var plan = comms.write(
                    id,
                    0,
                    new scot.cairn.engagement.PlanDetails(
                            "Foster carers, children’s services staff and the people of Falkirk hear how the new"
                                    + " service takes shape, in plain words. Every provider outside the partnership"
                                    + " hears the same news at the same time, so that the tender stays fair.",
                            "Board\nProject team\nCarers’ forum",
                            "Foster care providers who may bid\nSocial workers and children’s panels\nThe public",
                            "Foster carers are designing the service with us\nEvery child placed close to home, with"
                                    + " a named worker\nEvery provider hears the same news at the same time",
                            "Quarterly newsletter\nCarers’ forum meetings\nThe partnership’s public page\nLocal"
                                    + " radio"),
                    fiona);
            comms.review(id, plan.version(), "Add the children’s panels to the audiences next quarter.", david);
            var today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
            var first = comms.plan(
                    id,
                    new scot.cairn.engagement.ActivityDetails(
                            "Newsletter: what carers told the design workshop",
                            "Foster care providers who may bid",
                            "Quarterly newsletter",
                            fiona.personId(),
                            today.minusDays(20),
                            null),
                    fiona);
            comms.change(
                    id,
                    first.id(),
                    first.version(),
                    new scot.cairn.engagement.ActivityDetails(
                            first.title(),
                            first.audience(),
                            first.channel(),
                            first.ownerId(),
                            first.due(),
                            scot.cairn.engagement.ActivityStatus.DONE),
                    fiona);
            comms.plan(
                    id,
                    new scot.cairn.engagement.ActivityDetails(
                            "Talk at the carers’ forum about the placement model",
                            "Carers’ forum",
                            "Carers’ forum meetings",
                            david.personId(),
                            today.plusDays(4),
                            null),
                    fiona);
            comms.plan(
                    id,
                    new scot.cairn.engagement.ActivityDetails(
                            "Local radio interview on recruiting foster carers",
                            "The public",
                            "Local radio",
                            fiona.personId(),
                            today.plusDays(40),
                            null),
                    fiona);
        }

        /**
         * The board's last three monthly meetings at the council's offices, each with its pack (an agenda item and a
         * paper, issued a week before), who attended (the carer missed the second, having sent apologies), minutes
         * with the actions they agreed (one done, one overdue, one due at the next meeting) and, at the second, a joint
         * decision the board then approved; the first two meetings' minutes were approved at the next meeting and are
         * locked, the third's are circulated in draft. The next meeting, a week from today, has its pack issued.
         */
        void meetings(long id, CurrentUser fiona, CurrentUser david) {
            var board = meetings.groups(id, fiona).stream()
                    .filter(g -> g.kind() == scot.cairn.governance.GroupKind.BOARD)
                    .findFirst()
                    .orElseThrow();
            // The fourth falls a week from today; the three before it have been held.
            var first = LocalDate.now(java.time.ZoneId.of("Europe/London"))
                    .plusDays(7)
                    .minusMonths(3);
            var held = meetings.schedule(
                    id,
                    new scot.cairn.meeting.MeetingDetails(
                            board.id(),
                            "Foster care PSP board",
                            first,
                            java.time.LocalTime.of(10, 0),
                            java.time.LocalTime.of(12, 0),
                            "Municipal Buildings, West Bridge Street, Falkirk, Committee Room 2",
                            "https://meet.example/falkirk-board",
                            true,
                            true,
                            "A carer’s travel and care costs are paid.",
                            scot.cairn.meeting.Repeat.MONTHLY,
                            4),
                    fiona);
            String[][] business = {
                {
                    "Carers’ design workshop: what we heard",
                    "David Kerr",
                    "Workshop findings",
                    "Twelve carers took part. They asked for a named worker and respite within a week."
                },
                {
                    "Placement model: first draft",
                    "David Kerr",
                    "Draft placement model",
                    "Three placement types, each with a named worker; respite booked through the forum."
                },
                {
                    "Recruitment of new carers",
                    "Fiona Reid",
                    "Recruitment plan",
                    "An evening event with current carers each quarter, and a local radio campaign."
                },
                {
                    "Pilot budget for next year",
                    "Fiona Reid",
                    "Pilot budget",
                    "The pilot costs 240,000 pounds a year; the council and the trust share it."
                }
            };
            String[] discussions = {
                "David presented the workshop findings. The board agreed that the named worker is the heart of the"
                        + " model and asked for a venue for a second workshop.",
                "The board went through the first draft. Carers want a second design workshop before the model is"
                        + " settled; the board agreed to hold one, which moves the placement model back by twelve days.",
                "Fiona set out the recruitment plan. The carer representative was asked to speak at the first"
                        + " recruitment evening."
            };
            String[] actionText = {
                "Book a venue for the carers’ design workshop",
                "Send the draft placement model to the carers’ forum",
                "Bring this quarter’s recruitment figures"
            };
            for (int i = 0; i < 4; i++) {
                int n = i;
                var m = held.get(i);
                var day = m.startsAt().toLocalDate();
                // The pack goes out a week before, the meeting's own item and paper with it.
                var issueAt = i < 3
                        ? day.minusDays(7)
                                .atTime(9, 0)
                                .atZone(java.time.ZoneId.of("Europe/London"))
                                .toInstant()
                        : java.time.Instant.now();
                scot.cairn.platform.PlatformClock.asOf(issueAt, () -> {
                    var v = meetings.addItem(
                            id,
                            m.id(),
                            m.version(),
                            new scot.cairn.meeting.ItemDetails(business[n][0], business[n][1], 30),
                            fiona);
                    v = papers.add(
                            id,
                            m.id(),
                            v.version(),
                            v.agenda().get(1).itemKey(),
                            new scot.cairn.meeting.PaperService.Upload(
                                    business[n][2],
                                    business[n][2]
                                                    .toLowerCase(java.util.Locale.ROOT)
                                                    .replace(' ', '-') + ".pdf",
                                    paper(business[n][2], business[n][3])),
                            fiona);
                    return papers.issue(id, m.id(), v.version(), fiona);
                });
                if (i == 3) {
                    break;
                }
                var v = meetings.meeting(id, m.id(), fiona);
                var present = new java.util.HashSet<Integer>();
                for (var x : v.invitees()) {
                    if (x.serviceUser() && i == 1) {
                        v = meetings.apologies(id, v.id(), v.version(), x.position(), true, fiona);
                    } else {
                        present.add(x.position());
                    }
                }
                v = meetings.attendance(id, v.id(), v.version(), present, fiona);
                int item = v.agenda().get(1).itemKey();
                var afterwards = day.atTime(12, 30)
                        .atZone(java.time.ZoneId.of("Europe/London"))
                        .toInstant();
                var seen = v;
                scot.cairn.platform.PlatformClock.asOf(afterwards, () -> {
                    var w = minutes.minute(id, seen.id(), seen.version(), item, discussions[n], fiona);
                    if (n == 1) {
                        w = minutes.decide(
                                id,
                                w.id(),
                                w.version(),
                                item,
                                new scot.cairn.meeting.MinutesService.MinutedDecision(
                                        "Hold a second carers’ design workshop",
                                        "A second workshop is held before the placement model is settled.",
                                        true),
                                fiona);
                        var d = decisions.decision(
                                id, w.agenda().get(1).decisions().get(0).id(), fiona);
                        d = decisions.approve(id, d.id(), d.version(), fiona);
                        decisions.approve(id, d.id(), d.version(), david);
                    }
                    var due = n == 2 ? held.get(3).startsAt().toLocalDate() : day.plusDays(n == 0 ? 7 : 14);
                    var a = actions.agree(
                            id,
                            w.id(),
                            new scot.cairn.meeting.ActionDetails(
                                    actionText[n], n == 1 ? david.personId() : fiona.personId(), due, item),
                            fiona);
                    if (n == 0) {
                        actions.close(id, a.id(), a.version(), fiona);
                    }
                    return a;
                });
                scot.cairn.platform.PlatformClock.asOf(afterwards.plus(java.time.Duration.ofDays(2)), () -> {
                    var w = meetings.meeting(id, seen.id(), fiona);
                    return minutes.circulate(id, w.id(), w.version(), fiona);
                });
            }
            // Each set of minutes is approved when the board next meets; the last waits for the coming meeting.
            for (int i = 0; i < 2; i++) {
                var m = held.get(i);
                var next = held.get(i + 1);
                scot.cairn.platform.PlatformClock.asOf(
                        next.startsAt().plusMinutes(10).toInstant(), () -> {
                            var w = meetings.meeting(id, m.id(), fiona);
                            return minutes.approve(id, w.id(), w.version(), next.id(), fiona);
                        });
            }
        }

        /** A one-page paper: a title and a paragraph, as a PDF. */
        private static byte[] paper(String title, String words) {
            try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(page);
                var bold = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD);
                var plain = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
                try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(bold, 18);
                    text.newLineAtOffset(72, 700);
                    text.showText(title);
                    text.setFont(plain, 11);
                    text.newLineAtOffset(0, -30);
                    text.showText("Falkirk foster care PSP: paper for the board");
                    text.newLineAtOffset(0, -20);
                    text.showText(words);
                    text.endText();
                }
                var out = new java.io.ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Fiona proposes the plan as it stands; she (public sector) and David (third sector) approve it. */
        void approve(long id, CurrentUser fiona, CurrentUser david) {
            var b = plan.propose(id, fiona);
            var d = decisions.decision(id, b.decisionId(), fiona);
            d = decisions.approve(id, d.id(), d.version(), fiona);
            decisions.approve(id, d.id(), d.version(), david);
        }

        /**
         * Fiona's highlight report for the last month, amber, submitted to the board and noted by her and David; the
         * next report would start today.
         */
        void report(long id, CurrentUser fiona, CurrentUser david) {
            var today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
            var r = reports.start(
                    id, new scot.cairn.report.HighlightService.Period(today.minusMonths(1), today.minusDays(1)), fiona);
            var commentary = new java.util.EnumMap<scot.cairn.report.ReportSection, String>(
                    scot.cairn.report.ReportSection.class);
            commentary.put(
                    scot.cairn.report.ReportSection.PLAN,
                    "Carers asked for a second design workshop, so the placement model and the board's milestone"
                            + " have moved back by twelve days. The pilot start is not affected yet.");
            commentary.put(
                    scot.cairn.report.ReportSection.RISKS,
                    "Recruiting new carers remains the biggest risk; the recruitment evening is planned.");
            r = reports.write(
                    id,
                    r.id(),
                    r.version(),
                    new scot.cairn.report.ReportDetails(commentary, scot.cairn.report.ReportRag.AMBER),
                    fiona);
            r = reports.submit(id, r.id(), r.version(), fiona);
            r = reports.note(id, r.id(), r.version(), null, fiona);
            reports.note(id, r.id(), r.version(), "Content with the plan to recover the slippage.", david);
        }
    }

    DemoProject(
            RiskService risks,
            PlanService plans,
            scot.cairn.planning.WorkPackageService packages,
            Baselines baselines) {
        this.risks = risks;
        this.plans = plans;
        this.packages = packages;
        this.baselines = baselines;
    }

    /**
     * The foster-care plan for the coming months: four tasks in the two workstreams (the first two in a work package,
     * the second waiting for the first, one under way) and two milestones. The board approved it as baseline B-1;
     * since then the design task and the board's milestone have slipped a week and more. Nothing is due within a
     * week, so no one's to-do list changes.
     */
    void fosterCarePlan(long id, CurrentUser fiona, CurrentUser david) {
        var today = LocalDate.now();
        long f = fiona.personId();
        long d = david.personId();
        var model = packages.add(
                id,
                new scot.cairn.planning.WorkPackageDetails("Design the placement model", "Placement model", d),
                fiona);
        var map = plans.addTask(
                id,
                inPackage(
                        task(
                                "Map current placements and their costs",
                                "Placement model",
                                d,
                                today,
                                today.plusDays(20),
                                List.of()),
                        model.id()),
                fiona);
        plans.report(id, map.id(), map.version(), new ProgressDetails(TaskStatus.IN_PROGRESS, 40, null), david);
        var design = plans.addTask(
                id,
                inPackage(
                        task(
                                "Design the placement model with carers",
                                "Placement model",
                                d,
                                today.plusDays(21),
                                today.plusDays(60),
                                List.of(1L)),
                        model.id()),
                fiona);
        plans.addTask(
                id,
                task(
                        "Agree the outcome indicators for the pilot",
                        "Outcomes and SROI",
                        f,
                        today,
                        today.plusDays(30),
                        List.of()),
                fiona);
        plans.addTask(
                id,
                task(
                        "Forecast the SROI of the model",
                        "Outcomes and SROI",
                        f,
                        today.plusDays(31),
                        today.plusDays(75),
                        List.of(2L, 3L)),
                fiona);
        var agreed = plans.addMilestone(
                id, new MilestoneDetails("Placement model agreed by the board", today.plusDays(62), f, null), fiona);
        plans.addMilestone(
                id, new MilestoneDetails("Ready to leave Design for Pilot", today.plusDays(90), f, null), fiona);
        baselines.approve(id, fiona, david);
        // Since the baseline: carers asked for a second workshop, so the design and the board's milestone moved.
        plans.changeTask(
                id,
                design.id(),
                design.version(),
                inPackage(
                        task(
                                "Design the placement model with carers",
                                "Placement model",
                                d,
                                today.plusDays(21),
                                today.plusDays(72),
                                List.of(1L)),
                        model.id()),
                fiona);
        plans.changeMilestone(
                id,
                agreed.id(),
                agreed.version(),
                new MilestoneDetails("Placement model agreed by the board", today.plusDays(74), f, null),
                fiona);
        baselines.report(id, fiona, david);
        baselines.meetings(id, fiona, david);
        baselines.communications(id, fiona, david);
        baselines.voices().fosterCarers(id, fiona, david);
    }

    private static TaskDetails inPackage(TaskDetails t, long packageId) {
        return new TaskDetails(
                t.title(), t.workstream(), t.stage(), t.ownerId(), t.start(), t.due(), t.dependsOn(), packageId);
    }

    private static TaskDetails task(
            String title, String workstream, long owner, LocalDate start, LocalDate due, List<Long> dependsOn) {
        return new TaskDetails(title, workstream, Stage.DESIGN, owner, start, due, dependsOn);
    }

    void fosterCare(long id, CurrentUser fiona, CurrentUser david) {
        var today = LocalDate.now();
        long f = fiona.personId();
        long d = david.personId();
        var carers = raise(
                id,
                "Too few new carers come forward",
                RiskCategory.DELIVERY,
                d,
                4,
                5,
                RiskResponse.REDUCE,
                Proximity.WITHIN_THREE_MONTHS,
                false,
                today.plusDays(14),
                fiona);
        risks.addAction(
                id,
                carers.id(),
                carers.version(),
                new ActionDetails("Run a recruitment evening with current carers", d, today.plusDays(10)),
                fiona);
        raise(
                id,
                "Pilot funding ends before the tender",
                RiskCategory.FINANCIAL,
                f,
                3,
                4,
                RiskResponse.REDUCE,
                Proximity.WITHIN_A_YEAR,
                true,
                today.plusDays(30),
                fiona);
        raise(
                id,
                "Carers leave for agencies paying more",
                RiskCategory.PEOPLE,
                d,
                3,
                3,
                RiskResponse.REDUCE,
                Proximity.WITHIN_A_YEAR,
                false,
                today.plusDays(30),
                fiona);
        raise(
                id,
                "Placement data arrive late each quarter",
                RiskCategory.DELIVERY,
                f,
                3,
                2,
                RiskResponse.AVOID,
                Proximity.WITHIN_THREE_MONTHS,
                false,
                today.plusDays(21),
                fiona);
        raise(
                id,
                "Children and carers feel unheard in the design",
                RiskCategory.SERVICE_USERS,
                d,
                2,
                4,
                RiskResponse.REDUCE,
                Proximity.WITHIN_THREE_MONTHS,
                false,
                today.plusDays(28),
                fiona);
        raise(
                id,
                "Providers see the pilot as favouring one partner",
                RiskCategory.PARTNERSHIP,
                f,
                2,
                3,
                RiskResponse.REDUCE,
                Proximity.LATER,
                false,
                today.plusDays(60),
                fiona);
        raise(
                id,
                "Safeguarding checks slow approvals",
                RiskCategory.LEGAL,
                f,
                2,
                3,
                RiskResponse.ACCEPT,
                Proximity.WITHIN_A_YEAR,
                false,
                today.plusDays(45),
                fiona);
        var venue = raise(
                id,
                "Training venue withdrawn",
                RiskCategory.DELIVERY,
                d,
                2,
                3,
                RiskResponse.TRANSFER,
                Proximity.IMMINENT,
                false,
                today.plusDays(7),
                fiona);
        var issue = risks.change(
                id,
                venue.id(),
                venue.version(),
                details(
                        RiskKind.ISSUE,
                        "Training venue withdrawn",
                        RiskCategory.DELIVERY,
                        d,
                        5,
                        3,
                        RiskResponse.REDUCE,
                        Proximity.IMMINENT,
                        false,
                        today.plusDays(7),
                        RiskStatus.OPEN),
                fiona);
        risks.review(
                id,
                issue.id(),
                issue.version(),
                new ReviewDetails(
                        today, 5, 2, 5, 1, "The CVS hall is booked for the next two courses.", today.plusDays(14)),
                david);
    }

    private scot.cairn.risk.RiskView raise(
            long id,
            String title,
            RiskCategory category,
            long owner,
            int likelihood,
            int impact,
            RiskResponse response,
            Proximity proximity,
            boolean escalate,
            LocalDate next,
            CurrentUser by) {
        return risks.raise(
                id,
                details(
                        RiskKind.RISK,
                        title,
                        category,
                        owner,
                        likelihood,
                        impact,
                        response,
                        proximity,
                        escalate,
                        next,
                        null),
                by);
    }

    private static RiskDetails details(
            RiskKind kind,
            String title,
            RiskCategory category,
            long owner,
            int likelihood,
            int impact,
            RiskResponse response,
            Proximity proximity,
            boolean escalate,
            LocalDate next,
            RiskStatus status) {
        return new RiskDetails(
                kind,
                title,
                null,
                category,
                owner,
                likelihood,
                impact,
                proximity,
                response,
                likelihood > 1 ? likelihood - 1 : 1,
                impact,
                escalate,
                next,
                status);
    }
}
