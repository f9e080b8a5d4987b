package scot.cairn.outcome;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;

/**
 * Signing off a period's measurements: someone who edits the evidence submits a period once it has ended, and board
 * members approve the values as they read them; the period is approved with the board's joint approval. A value that
 * changes after submission withdraws the approvals and the period waits for the board again; the replaced value is kept
 * as an earlier revision.
 */
@Service
public class SignoffService {

    private final PartnershipScope scope;
    private final MeasurementService.Support support;
    private final ApplicationEventPublisher events;

    SignoffService(PartnershipScope scope, MeasurementService.Support support, ApplicationEventPublisher events) {
        this.scope = scope;
        this.support = support;
        this.events = events;
    }

    /** Who submitted the period and who approved it, as of now; empty until it is submitted. */
    @Transactional(readOnly = true)
    public Optional<SignoffView> signoff(long partnershipId, Period period, CurrentUser user) {
        scope.requireRead(partnershipId, user);
        return support.signoffs()
                .findByPartnershipIdAndPeriod(partnershipId, period.toString())
                .map(support::view);
    }

    @Transactional
    public void submit(long partnershipId, Period period, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        if (!period.end().isBefore(LocalDate.now(support.clock()))) {
            throw InvalidInputException.of("", "outcome.signoff.notEnded", period.toString());
        }
        if (support.signoffs()
                .findByPartnershipIdAndPeriod(partnershipId, period.toString())
                .isPresent()) {
            throw InvalidInputException.of("", "outcome.signoff.alreadySubmitted", period.toString());
        }
        support.signoffs()
                .save(PeriodSignoff.submit(
                        partnershipId, period, user.personId(), support.clock().instant()));
        support.table().periodSubmitted(partnershipId, period.toString());
        events.publishEvent(new PeriodSubmitted(
                partnershipId,
                period.toString(),
                user.personId(),
                support.clock().instant()));
        support.audit()
                .record(
                        MeasurementService.SUBJECT,
                        partnershipId,
                        partnershipId,
                        "outcome.audit.periodSubmitted",
                        Changes.create()
                                .field("outcome.audit.period", null, period)
                                .field("outcome.audit.submittedBy", null, user.fullName()));
    }

    /** Records the user's approval, as a board member, of the period's values as they read them. */
    @Transactional
    public void approve(long partnershipId, Period period, Integer seenVersion, CurrentUser user) {
        var seat = scope.requireBoardApproval(partnershipId, user).seat();
        var signoff = support.signoffs()
                .findByPartnershipIdAndPeriod(partnershipId, period.toString())
                .orElseThrow(() -> InvalidInputException.of("", "outcome.signoff.notSubmitted", period.toString()));
        ConcurrentChangeException.check("period's sign-off", seenVersion, signoff.version());
        var now = support.clock().instant();
        boolean approved = signoff.approve(user.personId(), seat.organisationId(), seat.sector(), now);
        support.signoffs().save(signoff);
        support.audit()
                .record(
                        MeasurementService.SUBJECT,
                        partnershipId,
                        partnershipId,
                        approved ? "outcome.audit.periodApproved" : "outcome.audit.approvalGiven",
                        Changes.create()
                                .field("outcome.audit.period", null, period)
                                .field("outcome.audit.approvedBy", null, user.fullName())
                                .field(
                                        "outcome.audit.sector",
                                        null,
                                        seat.sector() == null
                                                ? "outcome.signoff.serviceUser"
                                                : seat.sector().labelKey()));
        if (approved) {
            events.publishEvent(new PeriodApproved(partnershipId, period.toString(), now));
        }
    }
}
