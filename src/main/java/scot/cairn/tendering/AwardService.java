package scot.cairn.tendering;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.DecisionApproved;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;

/**
 * Award recommendations. Once every bid for a lot has a moderated score on every question, the officers who read the
 * bids recommend the bid ranked first: a joint decision in the log asks the board to approve it, naming the ranking.
 * When board members of both sectors approve, the award is approved in the same transaction and the standstill of
 * {@link Tender#STANDSTILL_DAYS} days begins; unsuccessful bidders then read their debrief on their bid page. Refused
 * before moderation is complete, when the first place is shared, and while another recommendation for the lot stands.
 */
@Service
public class AwardService {

    static final String SUBJECT = "tendering-award";

    /** Recommendations for one lot, withdrawn ones included. */
    static final scot.cairn.platform.Limit RECOMMENDATIONS =
            new scot.cairn.platform.Limit(10, "tendering.limit.recommendations");

    private final TenderRepository tenders;
    private final PartnershipScope scope;
    private final OpeningService opening;
    private final EvaluationService evaluation;
    private final DecisionService decisions;
    private final MessageSource messages;
    private final TenderingSupport support;
    private final ContractService contracts;

    AwardService(
            TenderRepository tenders,
            PartnershipScope scope,
            OpeningService opening,
            EvaluationService evaluation,
            DecisionService decisions,
            MessageSource messages,
            TenderingSupport support,
            ContractService contracts) {
        this.contracts = contracts;
        this.tenders = tenders;
        this.scope = scope;
        this.opening = opening;
        this.evaluation = evaluation;
        this.decisions = decisions;
        this.messages = messages;
        this.support = support;
    }

    private record Row(
            long id,
            int version,
            int lot,
            long bidId,
            long decisionId,
            AwardStatus status,
            java.time.Instant proposedAt,
            java.time.Instant approvedAt,
            LocalDate standstillEnd) {}

    /** The tender's award recommendations, for the officers who read the bids. */
    @Transactional(readOnly = true)
    public List<AwardView> awards(long id, long tenderId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var t = find(id, tenderId);
        if (!opening.impartialOfficer(access, t)) {
            throw new ForbiddenException("tendering.bids.officersOnly");
        }
        return views(t, user);
    }

    /** Recommends the award of {@code lot} (0 for a tender without lots) to the bid ranked first. */
    @Transactional
    public List<AwardView> propose(long id, long tenderId, Integer lot, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        support.lockTender(tenderId);
        var t = find(id, tenderId);
        if (!opening.impartialOfficer(access, t)) {
            throw new ForbiddenException("tendering.bids.bidderOrganisation");
        }
        if (lot == null) {
            throw InvalidInputException.of("lot", "tendering.award.lotMissing");
        }
        var bids = opening.opened(t, "award", user);
        var rows =
                evaluation.totals(t, bids).stream().filter(r -> r.lot() == lot).toList();
        if (rows.isEmpty()) {
            throw InvalidInputException.of("lot", "tendering.award.noBids");
        }
        if (rows.stream().anyMatch(r -> !r.complete())) {
            throw InvalidInputException.of("lot", "tendering.award.notModerated");
        }
        if (rows(t.id()).stream().anyMatch(a -> a.lot() == lot && a.status() != AwardStatus.WITHDRAWN)) {
            throw InvalidInputException.of("lot", "tendering.award.already");
        }
        RECOMMENDATIONS.check(
                "lot", (int) rows(t.id()).stream().filter(a -> a.lot() == lot).count() + 1);
        if (rows.size() > 1 && rows.get(1).rank() == 1) {
            throw InvalidInputException.of("lot", "tendering.award.tie");
        }
        var names = bids.stream().collect(Collectors.toMap(BidView::id, BidView::organisation));
        var winner = rows.get(0);
        var today = LocalDate.ofInstant(support.clock().instant(), DeclarationService.SCOTLAND);
        var subject = lot == 0 ? "T-" + t.number() : say("tendering.award.lotOf", "T-" + t.number(), lot);
        var ranking = rows.stream()
                .map(r -> say("tendering.award.rankLine", r.rank(), names.get(r.bidId()), r.total()))
                .collect(Collectors.joining(" "));
        var decision = decisions.proposeFor(
                id,
                Editors.PROCUREMENT,
                SUBJECT,
                new DecisionDetails(
                        say("tendering.award.decisionTitle", subject, names.get(winner.bidId())),
                        say("tendering.award.decisionContext", subject, rows.size(), ranking, Tender.STANDSTILL_DAYS),
                        null,
                        say("tendering.award.decisionText", subject, names.get(winner.bidId())),
                        today,
                        true,
                        null,
                        null,
                        null),
                user);
        support.jdbc()
                .sql("""
                        insert into tendering_award (version, tender_id, lot, bid_id, price, decision_id, status,
                                                     proposed_at, proposed_by)
                        values (0, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        t.id(),
                        lot,
                        winner.bidId(),
                        bids.stream()
                                .filter(b -> b.id() == winner.bidId())
                                .map(b -> b.prices().get(lot))
                                .findFirst()
                                .orElse(null),
                        decision.id(),
                        AwardStatus.PROPOSED.name(),
                        Timestamp.from(support.clock().instant()),
                        user.personId())
                .update();
        record(
                t,
                "tendering.audit.awardProposed",
                Changes.create()
                        .note(subject + ": " + names.get(winner.bidId()))
                        .field("tendering.audit.decision", null, decision.reference()));
        return views(t, user);
    }

    /** Withdraws a recommendation the board has not approved, as read at {@code seenVersion}. */
    @Transactional
    public List<AwardView> withdraw(long id, long tenderId, long awardId, Integer seenVersion, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        var t = find(id, tenderId);
        var a = rows(t.id()).stream()
                .filter(x -> x.id() == awardId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Award"));
        ConcurrentChangeException.check("award", seenVersion, a.version());
        if (a.status() != AwardStatus.PROPOSED) {
            throw new ConcurrentChangeException("award");
        }
        var decision = decisions.decisions(id, List.of(a.decisionId()), user).get(a.decisionId());
        decisions.withdrawFor(id, Editors.PROCUREMENT, SUBJECT, decision.id(), decision.version(), user);
        support.jdbc()
                .sql("update tendering_award set status = ?, version = version + 1 where id = ? and version = ?")
                .params(AwardStatus.WITHDRAWN.name(), a.id(), a.version())
                .update();
        record(
                t,
                "tendering.audit.awardWithdrawn",
                Changes.create().field("tendering.audit.decision", null, decision.reference()));
        return views(t, user);
    }

    /**
     * The board approved a decision: if it is the joint decision approving an award, the award is approved now and the
     * standstill begins. Heard in the approving transaction.
     */
    @EventListener
    void on(DecisionApproved event) {
        if (!event.joint()) {
            return;
        }
        var day = LocalDate.ofInstant(event.at(), DeclarationService.SCOTLAND);
        var award = support.jdbc()
                .sql("select id, tender_id from tendering_award where decision_id = ? and status = ?")
                .params(event.decisionId(), AwardStatus.PROPOSED.name())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        award.ifPresent(a -> {
            support.jdbc()
                    .sql("""
                            update tendering_award set status = ?, approved_at = ?, standstill_end = ?,
                                   version = version + 1
                             where id = ?
                            """)
                    .params(
                            AwardStatus.APPROVED.name(),
                            Timestamp.from(event.at()),
                            day.plusDays(Tender.STANDSTILL_DAYS),
                            a[0])
                    .update();
            support.audit()
                    .record(
                            TenderService.SUBJECT,
                            a[1],
                            event.partnershipId(),
                            "tendering.audit.awardApproved",
                            Changes.create()
                                    .field("tendering.audit.decision", null, event.reference())
                                    .field(
                                            "tendering.award.standstillEnd",
                                            null,
                                            day.plusDays(Tender.STANDSTILL_DAYS)));
            contracts.awarded(a[0], event.at());
        });
    }

    /** The debriefs of an organisation's bid: one for each approved award of a lot it bid for. */
    List<Debrief> debriefs(Tender t, long organisationId, CurrentUser user) {
        var approved = rows(t.id()).stream()
                .filter(a -> a.status() == AwardStatus.APPROVED)
                .toList();
        if (approved.isEmpty()) {
            return List.of();
        }
        var own = support.jdbc()
                .sql("select id from tendering_bid where tender_id = ? and organisation_id = ?")
                .params(t.id(), organisationId)
                .query(Long.class)
                .optional();
        if (own.isEmpty()) {
            return List.of();
        }
        var opened = opening.opened(t, "debrief", user);
        var totals = evaluation.totals(t, opened);
        var names = opened.stream().collect(Collectors.toMap(BidView::id, BidView::organisation));
        var debriefs = new ArrayList<Debrief>();
        for (var a : approved) {
            var inLot = totals.stream().filter(r -> r.lot() == a.lot()).toList();
            var mine = inLot.stream().filter(r -> r.bidId() == own.get()).findFirst();
            var winner = inLot.stream().filter(r -> r.bidId() == a.bidId()).findFirst();
            if (mine.isEmpty() || winner.isEmpty()) {
                continue;
            }
            var lines = new ArrayList<Debrief.Line>();
            mine.get()
                    .points()
                    .forEach((number, points) -> lines.add(new Debrief.Line(
                            "Q" + number, points, winner.get().points().get(number))));
            lines.add(new Debrief.Line(
                    null, mine.get().pricePoints(), winner.get().pricePoints()));
            boolean successful = a.bidId() == own.get();
            debriefs.add(new Debrief(
                    a.lot(),
                    successful,
                    mine.get().rank(),
                    inLot.size(),
                    names.get(a.bidId()),
                    mine.get().total(),
                    winner.get().total(),
                    lines,
                    a.standstillEnd(),
                    LocalDate.ofInstant(support.clock().instant(), DeclarationService.SCOTLAND)
                            .isAfter(a.standstillEnd())));
        }
        return debriefs;
    }

    private List<AwardView> views(Tender t, CurrentUser user) {
        var rows = rows(t.id());
        if (rows.isEmpty()) {
            return List.of();
        }
        var bids = opening.opened(t, "award", user);
        Map<Long, String> names = bids.stream().collect(Collectors.toMap(BidView::id, BidView::organisation));
        var totals = evaluation.totals(t, bids);
        var refs = decisions.decisions(
                t.partnershipId(), rows.stream().map(Row::decisionId).toList(), user);
        return rows.stream()
                .map(a -> new AwardView(
                        a.id(),
                        a.version(),
                        a.lot(),
                        a.bidId(),
                        names.get(a.bidId()),
                        totals.stream()
                                .filter(r -> r.lot() == a.lot() && r.bidId() == a.bidId())
                                .map(Evaluation.Row::total)
                                .findFirst()
                                .orElse(BigDecimal.ZERO),
                        a.status(),
                        a.decisionId(),
                        refs.containsKey(a.decisionId())
                                ? refs.get(a.decisionId()).reference()
                                : null,
                        a.proposedAt().atZone(DeclarationService.SCOTLAND),
                        a.approvedAt() == null ? null : a.approvedAt().atZone(DeclarationService.SCOTLAND),
                        a.standstillEnd()))
                .toList();
    }

    private List<Row> rows(long tenderId) {
        return support.jdbc()
                .sql("""
                        select id, version, lot, bid_id, decision_id, status, proposed_at, approved_at, standstill_end
                          from tendering_award where tender_id = ? order by id
                        """)
                .param(tenderId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        AwardStatus.valueOf(rs.getString(6)),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                        rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate()))
                .list();
    }

    private String say(String key, Object... args) {
        return messages.getMessage(Message.of(key, args), LocaleContextHolder.getLocale());
    }

    private Tender find(long id, long tenderId) {
        var t = tenders.findByIdAndPartnershipId(tenderId, id).orElseThrow(() -> new NotFoundException("Tender"));
        if (t.status() != TenderStatus.PUBLISHED) {
            throw new NotFoundException("Tender");
        }
        return t;
    }

    private void record(Tender t, String action, Changes changes) {
        support.audit().record(TenderService.SUBJECT, t.id(), t.partnershipId(), action, changes);
    }
}
