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
            throw InvalidInputException.of("", period + " has not ended yet: submit it once it is over");
        }
        if (support.signoffs()
                .findByPartnershipIdAndPeriod(partnershipId, period.toString())
                .isPresent()) {
            throw InvalidInputException.of("", period + " has already been submitted");
        }
        support.signoffs()
                .save(PeriodSignoff.submit(
                        partnershipId, period, user.personId(), support.clock().instant()));
        support.audit()
                .record(
                        MeasurementService.SUBJECT,
                        partnershipId,
                        partnershipId,
                        "Measurements submitted for " + period,
                        Changes.create().note("Submitted by " + user.fullName()));
    }

    /** Records the user's approval, as a board member, of the period's values as they read them. */
    @Transactional
    public void approve(long partnershipId, Period period, Integer seenVersion, CurrentUser user) {
        var seat = scope.requireBoardApproval(partnershipId, user).seat();
        var signoff = support.signoffs()
                .findByPartnershipIdAndPeriod(partnershipId, period.toString())
                .orElseThrow(() -> InvalidInputException.of("", period + " has not been submitted for approval"));
        ConcurrentChangeException.check("period's sign-off", seenVersion, signoff.version());
        var now = support.clock().instant();
        boolean approved = signoff.approve(user.personId(), seat.organisationId(), seat.sector(), now);
        support.signoffs().save(signoff);
        support.audit()
                .record(
                        MeasurementService.SUBJECT,
                        partnershipId,
                        partnershipId,
                        (approved ? "Measurements approved for " : "Approval given for ") + period,
                        Changes.create()
                                .note("Approved by " + user.fullName()
                                        + (seat.sector() == null
                                                ? " (service user)"
                                                : " (" + seat.sector().label() + ")")));
        if (approved) {
            events.publishEvent(new PeriodApproved(partnershipId, period.toString(), now));
        }
    }
}
