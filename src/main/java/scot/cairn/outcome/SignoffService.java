package scot.cairn.outcome;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;

/**
 * Signing off a period's measurements: a manager or member submits the period, and a manager who is not the submitter
 * approves it. After approval, corrections keep the replaced values as earlier revisions.
 */
@Service
public class SignoffService {

    private final OutcomeAccess access;
    private final PeriodSignoffRepository signoffs;
    private final AuditTrail audit;
    private final Clock clock;

    SignoffService(OutcomeAccess access, PeriodSignoffRepository signoffs, AuditTrail audit, Clock clock) {
        this.access = access;
        this.signoffs = signoffs;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void submit(long partnershipId, Period period, CurrentUser user) {
        access.editable(partnershipId, user);
        if (signoffs.findByPartnershipIdAndPeriod(partnershipId, period.toString())
                .isPresent()) {
            throw InvalidInputException.of("", period + " has already been submitted");
        }
        signoffs.save(PeriodSignoff.submit(partnershipId, period, user.personId(), clock.instant()));
        audit.record(
                MeasurementService.SUBJECT,
                partnershipId,
                partnershipId,
                "Measurements submitted for " + period,
                Changes.create().note("Submitted by " + user.fullName()));
    }

    @Transactional
    public void approve(long partnershipId, Period period, CurrentUser user) {
        if (!access.editable(partnershipId, user).viewerManages()) {
            throw new ForbiddenException("Only the partnership's managers can approve a period's measurements.");
        }
        var signoff = signoffs.findByPartnershipIdAndPeriod(partnershipId, period.toString())
                .orElseThrow(() -> InvalidInputException.of("", period + " has not been submitted for approval"));
        signoffs.save(signoff.approve(user.personId(), clock.instant()));
        audit.record(
                MeasurementService.SUBJECT,
                partnershipId,
                partnershipId,
                "Measurements approved for " + period,
                Changes.create().note("Approved by " + user.fullName()));
    }
}
