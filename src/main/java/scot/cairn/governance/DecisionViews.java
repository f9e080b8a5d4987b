package scot.cairn.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.platform.Message;

/** Turns stored decisions into {@link DecisionView}s with names, links between decisions and the viewer's options. */
@Component
class DecisionViews {

    private final DecisionRepository decisions;
    private final GovernanceContext context;
    private final MessageSource messages;
    private final List<RiskRegister> registers;

    DecisionViews(
            DecisionRepository decisions,
            GovernanceContext context,
            MessageSource messages,
            List<RiskRegister> registers) {
        this.decisions = decisions;
        this.context = context;
        this.messages = messages;
        this.registers = registers;
    }

    /** Refuses a risk number that names no item of the partnership's register. */
    void checkRisk(long partnershipId, Long number) {
        if (number != null && number > 0 && riskTitle(partnershipId, number) == null) {
            throw scot.cairn.platform.InvalidInputException.of("riskId", "governance.decisionEdit.riskUnknown", number);
        }
    }

    private String riskTitle(long partnershipId, Long number) {
        return number == null
                ? null
                : registers.stream()
                        .flatMap(r -> r.title(partnershipId, number).stream())
                        .findFirst()
                        .orElse(null);
    }

    /** The whole log, oldest first. */
    List<DecisionView> log(Access access) {
        var all = decisions.findByPartnershipIdOrderByNumber(access.id());
        return views(access, all, all);
    }

    /** Some decisions of the log, each with its links to the others. */
    List<DecisionView> some(Access access, List<BoardDecision> wanted) {
        return wanted.isEmpty()
                ? List.of()
                : views(access, decisions.findByPartnershipIdOrderByNumber(access.id()), wanted);
    }

    DecisionView view(Access access, BoardDecision d) {
        return views(access, decisions.findByPartnershipIdOrderByNumber(access.id()), List.of(d))
                .get(0);
    }

    /** The approved decision that supersedes {@code old}, other than {@code except}, if there is one. */
    java.util.Optional<BoardDecision> supersededBy(BoardDecision old, Long except) {
        return decisions.findBySupersedesId(old.id()).stream()
                .filter(d -> d.status() == DecisionStatus.APPROVED && !d.id().equals(except))
                .findFirst();
    }

    private List<DecisionView> views(Access access, List<BoardDecision> log, List<BoardDecision> wanted) {
        var byId = new HashMap<Long, BoardDecision>();
        var replacedBy = new HashMap<Long, BoardDecision>();
        for (var d : log) {
            byId.put(d.id(), d);
            if (d.supersedesId() != null && d.status() == DecisionStatus.APPROVED) {
                replacedBy.put(d.supersedesId(), d);
            }
        }
        var personIds = new ArrayList<Long>();
        var organisationIds = new ArrayList<Long>();
        for (var d : wanted) {
            personIds.add(d.proposedBy());
            d.approvals().forEach(a -> {
                personIds.add(a.personId());
                if (a.organisationId() != null) {
                    organisationIds.add(a.organisationId());
                }
            });
        }
        var people = context.people(personIds);
        var organisations = context.organisations(organisationIds);
        boolean mayChange = access.mayEdit(Editors.DECISIONS);
        // A decision another module proposed changes and is withdrawn only there (a plan baseline, say).
        var elsewhere = java.util.Set.copyOf(decisions.proposedElsewhereIn(access.id()));
        boolean mayApprove = access.mayApprove();
        long viewer = access.user().personId();
        return wanted.stream()
                .map(d -> new DecisionView(
                        d.id(),
                        d.version(),
                        d.reference(),
                        d.title(),
                        d.context(),
                        d.options(),
                        d.decision(),
                        d.decisionDate(),
                        d.joint(),
                        d.gate(),
                        d.document(),
                        d.riskId(),
                        riskTitle(d.partnershipId(), d.riskId()),
                        d.riskText(),
                        d.status(),
                        name(people, d.proposedBy()),
                        d.proposedAt(),
                        d.approvedAt(),
                        d.approvals().stream()
                                .sorted(Comparator.comparing(DecisionApproval::approvedAt))
                                .map(a -> new DecisionView.ApprovalView(
                                        a.personId(),
                                        name(people, a.personId()),
                                        a.organisationId() == null
                                                ? null
                                                : organisations
                                                        .get(a.organisationId())
                                                        .name(),
                                        a.sector(),
                                        a.approvedAt()))
                                .toList(),
                        d.status() == DecisionStatus.DRAFT ? words(d.rule().waitingFor()) : null,
                        ref(byId.get(d.supersedesId())),
                        ref(replacedBy.get(d.id())),
                        mayChange && d.status() == DecisionStatus.DRAFT && !elsewhere.contains(d.id()),
                        mayApprove && d.status() == DecisionStatus.DRAFT && !d.approvedBy(viewer)))
                .toList();
    }

    private static DecisionView.DecisionRef ref(BoardDecision d) {
        return d == null ? null : new DecisionView.DecisionRef(d.id(), d.reference(), d.title());
    }

    private static String name(Map<Long, scot.cairn.directory.PersonSummary> people, Long id) {
        var person = people.get(id);
        return person == null ? "(unknown)" : person.fullName();
    }

    /** What the decision still waits for, in the reader's language, as the page and the API show it. */
    private String words(Message waitingFor) {
        return waitingFor == null ? null : messages.getMessage(waitingFor, LocaleContextHolder.getLocale());
    }
}
