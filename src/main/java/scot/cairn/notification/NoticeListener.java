package scot.cairn.notification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DecisionApproved;
import scot.cairn.governance.DecisionProposed;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentSigned;
import scot.cairn.outcome.PeriodApproved;
import scot.cairn.outcome.PeriodSubmitted;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.GateApproved;
import scot.cairn.partnership.MemberAdded;
import scot.cairn.partnership.MemberRemoved;
import scot.cairn.partnership.StageAdvanced;
import scot.cairn.sroi.AnalysisApproved;
import scot.cairn.sroi.ReviewSignedOff;

/**
 * Turns the other modules' events into notifications for the people concerned. Each handler runs after the event's
 * transaction committed, in a transaction of its own; the event publication registry keeps the event until the handler
 * has finished, and hands it over again after a crash, when the dedupe key keeps it from being told twice.
 */
@Component
class NoticeListener {

    private final Recipients recipients;
    private final NotificationService notifications;

    NoticeListener(Recipients recipients, NotificationService notifications) {
        this.recipients = recipients;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(DecisionProposed e) {
        var audience = recipients.approvers(e.partnershipId(), e.byPersonId());
        tell(
                audience,
                e.partnershipId(),
                NoticeKind.DECISION_PROPOSED,
                "notification.text.decisionProposed",
                "/partnerships/" + e.partnershipId() + "/governance/decisions/" + e.decisionId(),
                "decision-proposed:" + e.decisionId(),
                e.reference(),
                e.title());
    }

    @ApplicationModuleListener
    void on(scot.cairn.report.HighlightSubmitted e) {
        tell(
                recipients.approvers(e.partnershipId(), e.byPersonId()),
                e.partnershipId(),
                NoticeKind.HIGHLIGHT_SUBMITTED,
                "notification.text.highlightSubmitted",
                "/partnerships/" + e.partnershipId() + "/reports/" + e.reportId(),
                "highlight-submitted:" + e.reportId(),
                e.reference());
    }

    @ApplicationModuleListener
    void on(scot.cairn.meeting.PackIssued e) {
        var audience = recipients.invitees(e.partnershipId(), e.inviteeIds(), java.util.Set.copyOf(e.guestIds()));
        if (audience.people().isEmpty()) {
            return;
        }
        var words = new ArrayList<String>(List.of(audience.title(), e.reference(), e.title()));
        notifications.give(
                audience.people(),
                new Notice(
                        e.partnershipId(),
                        NoticeKind.MEETING_PACK,
                        "notification.text.meetingPack",
                        words,
                        "/partnerships/" + e.partnershipId() + "/meetings/" + e.meetingId(),
                        "meeting-pack:" + e.meetingId() + ":" + e.at().toEpochMilli(),
                        new scot.cairn.platform.mail.Mail.Attachment(
                                "invitation.ics",
                                "text/calendar; method=PUBLISH; charset=UTF-8",
                                e.calendar().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    /** Every provider interested in the tender hears of a published answer at once, all at the same moment. */
    @ApplicationModuleListener
    void on(scot.cairn.tendering.ClarificationPublished e) {
        var audience = recipients.invitees(
                e.partnershipId(), e.interestedPeople(), java.util.Set.copyOf(e.interestedPeople()));
        tell(
                audience,
                e.partnershipId(),
                NoticeKind.CLARIFICATION,
                "notification.text.clarification",
                "/partnerships/" + e.partnershipId() + "/tenders/" + e.tenderId() + "/bid#clarifications",
                "clarification:" + e.tenderId() + ":" + e.number(),
                e.reference(),
                "C-" + e.number());
    }

    @ApplicationModuleListener
    void on(scot.cairn.meeting.MinutesCirculated e) {
        var audience = recipients.invitees(e.partnershipId(), e.inviteeIds(), java.util.Set.copyOf(e.guestIds()));
        tell(
                audience,
                e.partnershipId(),
                NoticeKind.MINUTES_CIRCULATED,
                "notification.text.minutesCirculated",
                "/partnerships/" + e.partnershipId() + "/meetings/" + e.meetingId() + "/minutes",
                "minutes-circulated:" + e.meetingId() + ":" + e.at().toEpochMilli(),
                e.reference());
    }

    @ApplicationModuleListener
    void on(PeriodSubmitted e) {
        var audience = recipients.approvers(e.partnershipId(), e.byPersonId());
        tell(
                audience,
                e.partnershipId(),
                NoticeKind.PERIOD_SUBMITTED,
                "notification.text.periodSubmitted",
                measurements(e.partnershipId(), e.period()),
                "period-submitted:" + e.partnershipId() + ":" + e.period() + ":" + e.at().toEpochMilli(),
                e.period());
    }

    @ApplicationModuleListener
    void on(DocumentSigned e) {
        String href = "/partnerships/" + e.partnershipId() + "/governance/documents/"
                + e.kind().slug() + "/versions/" + e.number();
        String number = Integer.toString(e.number());
        if (e.signedOff()) {
            tell(
                    recipients.members(e.partnershipId(), null),
                    e.partnershipId(),
                    NoticeKind.DOCUMENT_SIGNED_OFF,
                    "notification.text.documentSignedOff." + e.kind().name(),
                    href,
                    "document-signed-off:" + e.partnershipId() + ":" + e.kind() + ":" + e.number(),
                    number);
            return;
        }
        var signers = e.kind() == DocumentKind.MOU
                ? recipients.who(e.partnershipId(), e.personId(), a -> a.open() && a.mayEdit(Editors.SPONSORS))
                : recipients.who(e.partnershipId(), e.personId(), Access::mayApprove);
        tell(
                signers,
                e.partnershipId(),
                NoticeKind.DOCUMENT_SIGNATURE,
                "notification.text.documentSignature." + e.kind().name(),
                href,
                "document-signature:" + e.partnershipId() + ":" + e.kind() + ":" + e.number() + ":" + e.personId(),
                number);
    }

    @ApplicationModuleListener
    void on(GateApproved e) {
        var audience = recipients.who(e.partnershipId(), e.byPersonId(), a -> a.mayApprove() || a.mayManage());
        tell(
                audience,
                e.partnershipId(),
                NoticeKind.GATE_APPROVAL,
                "notification.text.gateApproval." + e.to().name(),
                "/partnerships/" + e.partnershipId() + "/gate",
                "gate-approval:" + e.partnershipId() + ":" + e.from() + ":" + e.byPersonId() + ":"
                        + e.at().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(DecisionApproved e) {
        tell(
                recipients.members(e.partnershipId(), null),
                e.partnershipId(),
                NoticeKind.DECISION_APPROVED,
                "notification.text.decisionApproved",
                "/partnerships/" + e.partnershipId() + "/governance/decisions/" + e.decisionId(),
                "decision-approved:" + e.decisionId(),
                e.reference());
    }

    @ApplicationModuleListener
    void on(PeriodApproved e) {
        tell(
                recipients.members(e.partnershipId(), null),
                e.partnershipId(),
                NoticeKind.PERIOD_APPROVED,
                "notification.text.periodApproved",
                measurements(e.partnershipId(), e.period()),
                "period-approved:" + e.partnershipId() + ":" + e.period() + ":" + e.at().toEpochMilli(),
                e.period());
    }

    @ApplicationModuleListener
    void on(AnalysisApproved e) {
        tell(
                recipients.members(e.partnershipId(), null),
                e.partnershipId(),
                NoticeKind.ANALYSIS_APPROVED,
                "notification.text.analysisApproved." + e.kind().name(),
                "/partnerships/" + e.partnershipId() + "/sroi/" + e.analysisId(),
                "analysis-approved:" + e.analysisId(),
                e.ratio().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    @ApplicationModuleListener
    void on(ReviewSignedOff e) {
        tell(
                recipients.members(e.partnershipId(), null),
                e.partnershipId(),
                NoticeKind.REVIEW_SIGNED_OFF,
                "notification.text.reviewSignedOff",
                "/partnerships/" + e.partnershipId() + "/sroi/reviews/" + e.reviewId(),
                "review-signed-off:" + e.reviewId(),
                e.quarter());
    }

    @ApplicationModuleListener
    void on(StageAdvanced e) {
        tell(
                recipients.members(e.partnershipId(), null),
                e.partnershipId(),
                NoticeKind.STAGE_ADVANCED,
                "notification.text.stageAdvanced." + e.to().name(),
                "/partnerships/" + e.partnershipId(),
                "stage-advanced:" + e.partnershipId() + ":" + e.to() + ":" + e.at().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(MemberAdded e) {
        tell(
                recipients.only(e.partnershipId(), e.personId()),
                e.partnershipId(),
                NoticeKind.MEMBER_ADDED,
                "notification.text.memberAdded." + e.role().name(),
                "/partnerships/" + e.partnershipId(),
                "member-added:" + e.partnershipId() + ":" + e.role() + ":" + e.addedBy());
    }

    @ApplicationModuleListener
    void on(MemberRemoved e) {
        notifications.forget(e.personId(), e.partnershipId());
    }

    private static String measurements(long partnershipId, String period) {
        return "/partnerships/" + partnershipId + "/outcomes/measurements?period=" + period;
    }

    /** The partnership's title comes first in every notification's words, then {@code args}. */
    private void tell(
            Recipients.Audience audience,
            long partnershipId,
            NoticeKind kind,
            String textKey,
            String href,
            String dedupeKey,
            String... args) {
        if (audience.people().isEmpty()) {
            return;
        }
        var words = new ArrayList<String>(List.of(audience.title()));
        words.addAll(List.of(args));
        notifications.give(audience.people(), new Notice(partnershipId, kind, textKey, words, href, dedupeKey));
    }
}
