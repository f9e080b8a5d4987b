package scot.cairn.consultation;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.Sequences;

/**
 * Participants' expenses against a consultation's budget. Claims name people, so only those who run consultations
 * ({@link Editors#CONSULTATIONS}) and managers see them; the first record them and set the budget, and a manager who
 * did not record a claim approves or refuses it. Approving is refused when it would take the approved total over the
 * budget; nothing is approved without one.
 */
@Service
public class ExpenseService {

    static final Limit CLAIMS = new Limit(500, "consultation.limit.expenses");
    static final BigDecimal MOST = new BigDecimal("10000");

    private final ConsultationService consultations;
    private final ConsultationRepository stored;
    private final ExpenseRepository expenses;
    private final PartnershipScope scope;
    private final Sequences sequences;
    private final ResponseService.Support support;

    ExpenseService(
            ConsultationService consultations,
            ConsultationRepository stored,
            ExpenseRepository expenses,
            PartnershipScope scope,
            Sequences sequences,
            ResponseService.Support support) {
        this.consultations = consultations;
        this.stored = stored;
        this.expenses = expenses;
        this.scope = scope;
        this.sequences = sequences;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public ExpensesView expenses(long id, long consultationId, CurrentUser user) {
        var access = readers(id, user);
        return view(access, consultations.find(id, consultationId));
    }

    /** Sets the budget (empty for none), as the consultation was read at {@code seenVersion}. */
    @Transactional
    public ExpensesView budget(long id, long consultationId, Integer seenVersion, BigDecimal amount, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        ConcurrentChangeException.check("consultation", seenVersion, c.version());
        new InvalidInputException.Collector()
                .rejectIf(amount != null && amount.signum() < 0, "budget", "consultation.expense.budgetNegative")
                .rejectIf(amount != null && amount.scale() > 2, "budget", "consultation.expense.pence")
                .rejectIf(
                        amount != null && amount.compareTo(new BigDecimal("1000000")) > 0,
                        "budget",
                        "consultation.expense.budgetTooLarge")
                .throwIfAny();
        var before = c.budget();
        c.budget(amount, total(c, ExpenseStatus.APPROVED));
        var saved = stored.save(c);
        record(
                saved,
                "consultation.audit.budgetSet",
                Changes.create().field("consultation.audit.budget", before, amount));
        return view(access, saved);
    }

    /** Records a claim; refused past {@link #CLAIMS}. */
    @Transactional
    public ExpensesView.ExpenseView record(long id, long consultationId, ExpenseDetails d, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        new InvalidInputException.Collector()
                .rejectIf(ConsultationInput.blank(d.claimant()), "claimant", "consultation.expense.claimantMissing")
                .rejectIf(
                        ConsultationInput.tooLong(d.claimant(), 200),
                        "claimant",
                        "consultation.expense.claimantTooLong",
                        200)
                .rejectIf(d.kind() == null, "kind", "consultation.expense.kindMissing")
                .rejectIf(d.amount() == null, "amount", "consultation.expense.amountMissing")
                .rejectIf(
                        d.amount() != null && d.amount().signum() <= 0,
                        "amount",
                        "consultation.expense.amountNotPositive")
                .rejectIf(d.amount() != null && d.amount().scale() > 2, "amount", "consultation.expense.pence")
                .rejectIf(
                        d.amount() != null && d.amount().compareTo(MOST) > 0,
                        "amount",
                        "consultation.expense.amountTooLarge",
                        MOST)
                .rejectIf(d.incurredOn() == null, "incurredOn", "consultation.expense.dateMissing")
                .rejectIf(
                        d.incurredOn() != null && d.incurredOn().isAfter(consultations.today()),
                        "incurredOn",
                        "consultation.expense.dateFuture")
                .rejectIf(ConsultationInput.tooLong(d.note(), 500), "note", "consultation.expense.noteTooLong", 500)
                .throwIfAny();
        CLAIMS.check("claimant", (int) expenses.countByConsultationId(c.id()) + 1);
        var e = expenses.save(
                Expense.claim(c.id(), sequences.next("consultation-expense", c.id()), d, user.personId()));
        record(
                c,
                "consultation.audit.expenseRecorded",
                Changes.create()
                        .field("consultation.audit.amount", null, e.amount())
                        .note("E-" + e.number() + " " + e.claimant()));
        return claim(access, e);
    }

    /** Approves or refuses a waiting claim, as read at {@code seenVersion}; a refusal needs a reason. */
    @Transactional
    public ExpensesView.ExpenseView decide(
            long id,
            long consultationId,
            long expenseId,
            Integer seenVersion,
            boolean approve,
            String reason,
            CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.MANAGERS);
        var c = consultations.find(id, consultationId);
        // Claims are approved one at a time, so two approvals cannot both fit the last of the budget.
        support.jdbc()
                .sql("select id from consultation_consultation where id = ? for update")
                .param(c.id())
                .query(Long.class)
                .single();
        var e = expenses.findByIdAndConsultationId(expenseId, c.id())
                .orElseThrow(() -> new NotFoundException("Expense"));
        ConcurrentChangeException.check("expense", seenVersion, e.version());
        if (approve) {
            if (c.budget() == null) {
                throw InvalidInputException.of("", "consultation.expense.noBudget");
            }
            var after = total(c, ExpenseStatus.APPROVED).add(e.amount());
            if (after.compareTo(c.budget()) > 0) {
                throw InvalidInputException.of("", "consultation.expense.overBudget", after, c.budget());
            }
        }
        e.decide(approve, reason, user.personId(), support.clock().instant());
        var saved = expenses.save(e);
        record(
                c,
                approve ? "consultation.audit.expenseApproved" : "consultation.audit.expenseRefused",
                Changes.create()
                        .field("consultation.audit.amount", null, saved.amount())
                        .note("E-" + saved.number() + " " + saved.claimant()));
        return claim(access, saved);
    }

    /** Whether the user sees the claims: those who run consultations and managers. */
    @Transactional(readOnly = true)
    public boolean mayRead(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return access.mayEdit(Editors.CONSULTATIONS) || access.manages();
    }

    private Access readers(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        if (!access.mayEdit(Editors.CONSULTATIONS) && !access.manages()) {
            throw new ForbiddenException("consultation.expense.readers");
        }
        return access;
    }

    private BigDecimal total(Consultation c, ExpenseStatus status) {
        return expenses.findByConsultationIdOrderByNumberDesc(c.id()).stream()
                .filter(e -> e.status() == status)
                .map(Expense::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private ExpensesView view(Access access, Consultation c) {
        var approved = total(c, ExpenseStatus.APPROVED);
        List<ExpensesView.ExpenseView> claims = expenses.findByConsultationIdOrderByNumberDesc(c.id()).stream()
                .map(e -> claim(access, e))
                .toList();
        return new ExpensesView(
                consultations.view(access, c),
                c.budget(),
                approved,
                total(c, ExpenseStatus.WAITING),
                c.budget() == null ? null : c.budget().subtract(approved),
                claims,
                access.mayEdit(Editors.CONSULTATIONS),
                access.mayEdit(Editors.MANAGERS));
    }

    private ExpensesView.ExpenseView claim(Access access, Expense e) {
        var names = access.partnership().namesById();
        return new ExpensesView.ExpenseView(
                e.id(),
                e.version(),
                "E-" + e.number(),
                e.claimant(),
                e.kind(),
                e.amount(),
                e.incurredOn(),
                e.note(),
                e.status(),
                names.get(e.recordedBy()),
                e.decidedBy() == null ? null : names.get(e.decidedBy()),
                e.decidedAt() == null ? null : e.decidedAt().atZone(ConsultationService.SCOTLAND),
                e.reason(),
                e.status() == ExpenseStatus.WAITING
                        && access.mayEdit(Editors.MANAGERS)
                        && e.recordedBy() != access.user().personId());
    }

    private void record(Consultation c, String action, Changes changes) {
        support.audit().record(ConsultationService.SUBJECT, c.id(), c.partnershipId(), action, changes.note(c.title()));
    }
}
