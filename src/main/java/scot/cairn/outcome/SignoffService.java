package scot.cairn.outcome;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;

/**
 * Signing off a period's measurements: someone who edits the evidence (a manager, analyst, sustainability lead or
 * project manager) submits the period, and a member of the partnership's board who is not the submitter approves it.
 * After approval, corrections keep the replaced values as earlier revisions.
 */
@Service
public class SignoffService {

    private final OutcomeAccess access;
    private final PeriodSignoffRepository signoffs;
    private final AuditTrail audit;
    private final Clock clock;
    private final MeasurementService.Support names;

    SignoffService(OutcomeAccess access, MeasurementService.Support support) {
        this.access = access;
        this.signoffs = support.signoffs();
        this.audit = support.audit();
        this.clock = support.clock();
        this.names = support;
    }

    /** Who submitted the period and who approved it, as of now; empty until it is submitted. */
    @Transactional(readOnly = true)
    public java.util.Optional<SignoffView> signoff(long partnershipId, Period period, CurrentUser user) {
        access.readable(partnershipId, user);
        return signoffs.findByPartnershipIdAndPeriod(partnershipId, period.toString())
                .map(s -> new SignoffView(
                        s.period(),
                        names.name(s.submittedBy()),
                        s.submittedAt(),
                        names.name(s.approvedBy()),
                        s.approvedAt()));
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
        access.approvable(partnershipId, user);
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
