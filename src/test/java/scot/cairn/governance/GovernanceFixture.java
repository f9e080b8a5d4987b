package scot.cairn.governance;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.partnership.AssessmentQuestion;
import scot.cairn.partnership.AssessmentView;
import scot.cairn.partnership.Decision;
import scot.cairn.partnership.GateService;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Rating;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Standing;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * Builds what the governance tests change: a fresh partnership managed by Fiona (Falkirk Council, lead) with
 * Falkirk CVS as core partner and David as member, and new people in the directory.
 */
public record GovernanceFixture(
        DemoUsers users,
        PartnershipService partnerships,
        MembershipService membership,
        GateService gates,
        PersonService people,
        OrganisationService organisations,
        RoleService roles,
        DocumentService documents,
        GroupService groups) {

    public static final String FOSTER_CARE = "Falkirk foster care provision";

    /**
     * What a test sponsor commits: little, because Fiona's and David's commitments add up over every partnership the
     * test run makes, and the commitment ceiling would refuse them after a few dozen.
     */
    public static final BigDecimal SPONSOR_DAYS = new BigDecimal("0.05");

    public long newPartnership() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships
                .start(
                        new PartnershipDetails(
                                Unique.name("Governance test"),
                                Market.CHILDREN_AND_FAMILIES,
                                "Falkirk",
                                "Try out governance.",
                                fiona.organisationId()),
                        fiona)
                .id();
        membership.setPartner(id, org("Falkirk CVS"), Standing.CORE, fiona);
        membership.setMember(id, DemoUsers.DAVID, MemberRole.MEMBER, fiona);
        return id;
    }

    /**
     * Moves a new partnership from Explore to Design through the real gate: Fiona and David become Senior Sponsors
     * (Fiona the lead) and sign the MoU, the assessment says go and both approve.
     */
    public void toDesign(long id) {
        signMou(id);
        board(id);
        var fiona = users.current(DemoUsers.FIONA);
        var view = gates.assessment(id, fiona);
        var answers = Arrays.stream(AssessmentQuestion.values())
                .map(q -> new AssessmentView.Answer(q, "Evidence", Rating.STRONG))
                .toList();
        gates.assess(id, view.version(), new AssessmentView.Decided(answers, Decision.GO, "Go.", null), fiona);
        gates.approve(id, fiona);
        gates.approve(id, users.current(DemoUsers.DAVID));
        gates.advance(id, fiona);
    }

    /** Sets up the board with Fiona (public sector) and David (third sector) on it, unless they are already. */
    public long board(long id) {
        var fiona = users.current(DemoUsers.FIONA);
        var board = groups.groups(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseGet(() -> groups.create(id, GroupKind.BOARD, fiona));
        for (var email : List.of(DemoUsers.FIONA, DemoUsers.DAVID)) {
            var person = users.current(email);
            if (board.members().stream().noneMatch(m -> m.personId() == person.personId())) {
                board = groups.addMember(id, board.id(), MemberDetails.of(email, false), fiona);
            }
        }
        return board.id();
    }

    /**
     * A new person of the organisation, made a core partner, a member of the partnership and seated on its board (set up as {@link
     * #board}): someone to approve a joint decision for their sector when Fiona or David may not.
     */
    public scot.cairn.identity.CurrentUser boardMember(long id, String organisation) {
        membership.setPartner(
                id, org(organisation), scot.cairn.partnership.Standing.CORE, users.current(DemoUsers.FIONA));
        var p = member(id, organisation);
        long board = board(id);
        groups.addMember(id, board, MemberDetails.of(p.email(), false), users.current(DemoUsers.FIONA));
        return new scot.cairn.identity.CurrentUser(
                0, p.id(), p.fullName(), p.email(), p.organisationId(), p.sector(), false);
    }

    /** Makes Fiona (Falkirk Council) and David (Falkirk CVS) the Senior Sponsors, unless they are already. */
    public void sponsors(long id) {
        var fiona = users.current(DemoUsers.FIONA);
        var sponsors = roles.assignments(id, fiona).stream()
                .filter(a -> a.role() == Role.SENIOR_SPONSOR)
                .map(AssignmentView::email)
                .toList();
        for (var email : List.of(DemoUsers.FIONA, DemoUsers.DAVID)) {
            if (!sponsors.contains(email)) {
                roles.assign(id, new AssignmentDetails(Role.SENIOR_SPONSOR, email, SPONSOR_DAYS), fiona);
            }
        }
    }

    /** Every section of the kind, each "Heading: words". */
    public static Map<String, String> text(DocumentKind kind, String words) {
        var text = new LinkedHashMap<String, String>();
        kind.sections().forEach(s -> text.put(s.key(), s.heading() + ": " + words));
        return text;
    }

    /** Fiona and David as Senior Sponsors sign a first MoU. */
    public void signMou(long id) {
        sponsors(id);
        var fiona = users.current(DemoUsers.FIONA);
        var draft = documents.save(id, DocumentKind.MOU, 0, null, text(DocumentKind.MOU, "agreed"), fiona);
        int number = draft.number();
        var signed = documents.sign(id, DocumentKind.MOU, number, draft.version(), fiona);
        documents.sign(id, DocumentKind.MOU, number, signed.version(), users.current(DemoUsers.DAVID));
    }

    public long fosterCare() {
        return partnerships.mine(users.current(DemoUsers.FIONA)).stream()
                .filter(p -> p.title().equals(FOSTER_CARE))
                .findFirst()
                .orElseThrow()
                .id();
    }

    public long org(String name) {
        return organisations.search(name).stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A new person working for the organisation (or none when null), added as a member of the partnership. */
    public PersonSummary member(long id, String organisation) {
        var p = person(organisation);
        membership.setMember(id, p.email(), MemberRole.MEMBER, users.current(DemoUsers.FIONA));
        return p;
    }

    /** A new person in the directory working for the organisation (or none when null). */
    public PersonSummary person(String organisation) {
        var made = new AtomicReference<PersonSummary>();
        String name = Unique.name("Person");
        users.runAsAdmin(() -> made.set(people.create(new PersonDetails(
                name,
                name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@governance.example",
                "Officer",
                organisation == null ? null : org(organisation)))));
        return made.get();
    }
}
