package scot.cairn.tendering;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.Sector;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.FileType;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;

/**
 * Bidding for a published tender. Any signed-in person of an organisation outside the public sector may read a
 * published tender (a guest of the partnership for that tender alone), express interest for their organisation and
 * then send its bid before the deadline (noon, Scottish time, by the server's clock, whatever the client says),
 * replacing it as often as they like until then with the version they read. Each sending is sealed at once and
 * answered with a receipt: the time and the SHA-256 of what was received. A bidder sees its own receipts and nothing
 * of anyone else's. Sending is not written to the partnership's audit trail while bids are sealed (that would tell
 * how many there are); the opening writes every receipt into it.
 */
@Service
public class BidService {

    static final int ANSWER = 10_000;
    static final int MEGABYTES = 20;
    static final Limit FILES = new Limit(10, "tendering.limit.bidFiles");

    /** Organisations that may express interest in one tender, so bids for it too (one each). */
    static final Limit BIDDERS = new Limit(200, "tendering.limit.bidders");

    /** Times one organisation may send its bid for a tender, each leaving a receipt. */
    static final Limit SENDINGS = new Limit(50, "tendering.limit.sendings");

    static final int OPEN_TENDERS = 200;

    private final TenderRepository tenders;
    private final LotRepository lots;
    private final QuestionRepository questions;
    private final PartnershipScope scope;
    private final Sealing sealing;
    private final TenderingSupport support;
    private final AwardService awards;
    private final scot.cairn.governance.DocumentReader documents;

    BidService(
            TenderRepository tenders,
            LotRepository lots,
            QuestionRepository questions,
            PartnershipScope scope,
            Sealing sealing,
            TenderingSupport support,
            AwardService awards,
            scot.cairn.governance.DocumentReader documents) {
        this.awards = awards;
        this.documents = documents;
        this.tenders = tenders;
        this.lots = lots;
        this.questions = questions;
        this.scope = scope;
        this.sealing = sealing;
        this.support = support;
    }

    /** The published tenders still taking bids, soonest due first, for anyone signed in; at most 200. */
    @Transactional(readOnly = true)
    public List<OpenTender> open(CurrentUser user) {
        var today = LocalDate.ofInstant(support.clock().instant(), DeclarationService.SCOTLAND);
        return support
                .jdbc()
                .sql("""
                        select t.partnership_id, t.id, t.number, t.title, p.title, t.bid_deadline
                          from tendering_tender t join partnership_partnership p on p.id = t.partnership_id
                         where t.status = 'PUBLISHED' and t.bid_deadline >= ?
                         order by t.bid_deadline, t.id
                        """)
                .param(today)
                .query((rs, n) -> new OpenTender(
                        rs.getLong(1),
                        rs.getLong(2),
                        "T-" + rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6).toLocalDate()))
                .list()
                .stream()
                .filter(o -> deadline(o.due()).isAfter(support.clock().instant()))
                .limit(OPEN_TENDERS)
                .toList();
    }

    /**
     * The published tenders the person's organisation expressed interest in, most recently due first, at most 200:
     * whether it sent a bid and whether the tender still takes bids, is closed or has an approved award. None for
     * someone without an organisation.
     */
    @Transactional(readOnly = true)
    public List<InterestedTender> interested(CurrentUser user) {
        if (user.organisationId() == null) {
            return List.of();
        }
        var now = support.clock().instant();
        return support
                .jdbc()
                .sql("""
                        select t.partnership_id, t.id, t.number, t.title, p.title, t.bid_deadline,
                               (select count(*) from tendering_bid b
                                 where b.tender_id = t.id and b.organisation_id = i.organisation_id),
                               (select count(*) from tendering_award a where a.tender_id = t.id and a.status = ?),
                               (select count(*) from tendering_award a join tendering_bid b on b.id = a.bid_id
                                 where a.tender_id = t.id and a.status = ? and b.organisation_id = i.organisation_id)
                          from tendering_bid_interest i
                          join tendering_tender t on t.id = i.tender_id
                          join partnership_partnership p on p.id = t.partnership_id
                         where i.organisation_id = ? and t.status = 'PUBLISHED'
                         order by t.bid_deadline desc, t.id desc
                        """)
                .params(AwardStatus.APPROVED.name(), AwardStatus.APPROVED.name(), user.organisationId())
                .query((rs, n) -> {
                    var due = rs.getDate(6).toLocalDate();
                    var stage = rs.getLong(9) > 0
                            ? InterestedTender.Stage.AWARDED_TO_YOU
                            : rs.getLong(8) > 0
                                    ? InterestedTender.Stage.AWARDED_ELSEWHERE
                                    : deadline(due).isAfter(now)
                                            ? InterestedTender.Stage.TAKING_BIDS
                                            : InterestedTender.Stage.CLOSED;
                    return new InterestedTender(
                            rs.getLong(1),
                            rs.getLong(2),
                            "T-" + rs.getInt(3),
                            rs.getString(4),
                            rs.getString(5),
                            due,
                            rs.getLong(7) > 0,
                            stage);
                })
                .list()
                .stream()
                .limit(OPEN_TENDERS)
                .toList();
    }

    /**
     * The PDF of the approved specification version a published tender rests on, for anyone who may read the tender:
     * every provider reads the same document.
     */
    @Transactional(readOnly = true)
    public scot.cairn.platform.web.Download specification(long id, long tenderId, CurrentUser user) {
        var t = published(id, tenderId, user);
        return new scot.cairn.platform.web.Download(
                "service-specification.pdf",
                org.springframework.http.MediaType.APPLICATION_PDF_VALUE,
                documents.pdf(
                        scope.requireReadOrGuest(id, user, true),
                        scot.cairn.governance.DocumentKind.SPEC,
                        t.specVersion()));
    }

    /** A published tender as this person may bid for it. Members read drafts on the tender's own page, not here. */
    @Transactional(readOnly = true)
    public BiddingView bidding(long id, long tenderId, CurrentUser user) {
        var t = published(id, tenderId, user);
        return view(t, user);
    }

    /**
     * Records that the person's organisation is interested in bidding; doing it again changes nothing. Not written to
     * the partnership's audit trail while bids are sealed (members, some of whom may bid, would read who means to);
     * the opening writes every interest into it.
     */
    @Transactional
    public BiddingView interest(long id, long tenderId, CurrentUser user) {
        var t = open(id, tenderId, user);
        refuseUnlessBidder(user);
        refuseIfLate(t);
        support.lockTender(t.id());
        if (!interested(t.id(), user.organisationId())) {
            BIDDERS.check(
                    "",
                    support.jdbc()
                                    .sql("select count(*) from tendering_bid_interest where tender_id = ?")
                                    .param(t.id())
                                    .query(Integer.class)
                                    .single()
                            + 1);
            support.jdbc()
                    .sql("""
                            insert into tendering_bid_interest (tender_id, organisation_id, person_id, expressed_at)
                            values (?, ?, ?, ?)
                            """)
                    .params(
                            t.id(),
                            user.organisationId(),
                            user.personId(),
                            Timestamp.from(support.clock().instant()))
                    .update();
        }
        return view(t, user);
    }

    /**
     * Sends the organisation's bid, or replaces the one it sent ({@code seenVersion} is the version read; none for the
     * first). Refused after the deadline, before interest is expressed, and on bad content, with nothing kept.
     */
    @Transactional
    public BiddingView.Receipt send(long id, long tenderId, Integer seenVersion, BidContent bid, CurrentUser user) {
        var t = open(id, tenderId, user);
        refuseUnlessBidder(user);
        refuseIfLate(t);
        if (!interested(t.id(), user.organisationId())) {
            throw InvalidInputException.of("", "tendering.bid.interestFirst");
        }
        SENDINGS.check(
                "",
                support.jdbc()
                                .sql(
                                        "select count(*) from tendering_receipt where tender_id = ? and organisation_id = ?")
                                .params(t.id(), user.organisationId())
                                .query(Integer.class)
                                .single()
                        + 1);
        var types = check(t, bid);
        var packed = BidEnvelope.pack(bid, types, support.json());
        var manifest = sealing.seal(t.id(), user.organisationId(), BidEnvelope.MANIFEST, packed.manifest());
        var files = sealing.seal(t.id(), user.organisationId(), BidEnvelope.filesPart(packed.sha256()), packed.files());
        // Sealing 20 MB takes a moment: the time that counts is taken after it, with the tender's key row locked, so
        // that an opening (which takes the same lock) waits for a bid sent in time and never sees it half-written.
        sealing.lock(t.id());
        var now = support.clock().instant();
        refuseIfLate(t);
        var existing = support.jdbc()
                .sql("select version from tendering_bid where tender_id = ? and organisation_id = ?")
                .params(t.id(), user.organisationId())
                .query(Integer.class)
                .optional();
        if (existing.isPresent()) {
            ConcurrentChangeException.check("bid", seenVersion, existing.get());
        }
        if (existing.isPresent()) {
            int changed = support.jdbc()
                    .sql("""
                            update tendering_bid set version = version + 1, sent_by = ?, received_at = ?, sha256 = ?,
                                   size_bytes = ?, sealed_manifest = ?, sealed_files = ?
                             where tender_id = ? and organisation_id = ? and version = ?
                            """)
                    .params(
                            user.personId(),
                            Timestamp.from(now),
                            packed.sha256(),
                            packed.size(),
                            manifest,
                            files,
                            t.id(),
                            user.organisationId(),
                            existing.get())
                    .update();
            if (changed == 0) {
                throw new ConcurrentChangeException("bid");
            }
        } else {
            support.jdbc()
                    .sql("""
                            insert into tendering_bid (version, tender_id, organisation_id, sent_by, received_at,
                                                       sha256, size_bytes, sealed_manifest, sealed_files)
                            values (0, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            t.id(),
                            user.organisationId(),
                            user.personId(),
                            Timestamp.from(now),
                            packed.sha256(),
                            packed.size(),
                            manifest,
                            files)
                    .update();
        }
        support.jdbc()
                .sql("""
                        insert into tendering_receipt (tender_id, organisation_id, sent_by, received_at, sha256,
                                                       size_bytes)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        t.id(),
                        user.organisationId(),
                        user.personId(),
                        Timestamp.from(now),
                        packed.sha256(),
                        packed.size())
                .update();
        return new BiddingView.Receipt(now.atZone(DeclarationService.SCOTLAND), packed.sha256(), packed.size());
    }

    /** Checks a bid's prices, answers and files, every problem at once; the files' types, in order. */
    private List<FileType> check(Tender t, BidContent bid) {
        var errors = new InvalidInputException.Collector();
        var lotNumbers = lots.findByTenderIdOrderByNumber(t.id()).stream()
                .map(Lot::number)
                .toList();
        var prices = bid.prices() == null ? java.util.Map.<Integer, java.math.BigDecimal>of() : bid.prices();
        errors.rejectIf(
                prices.isEmpty(),
                lotNumbers.isEmpty() ? "prices[0]" : "prices",
                lotNumbers.isEmpty() ? "tendering.bid.priceMissing" : "tendering.bid.noLot");
        prices.forEach((lot, price) -> errors.rejectIf(
                        lotNumbers.isEmpty() ? lot != 0 : !lotNumbers.contains(lot),
                        "prices[" + lot + "]",
                        "tendering.bid.noSuchLot",
                        lot)
                .rejectIf(
                        price == null || price.signum() <= 0 || price.compareTo(Tender.MAX_VALUE) > 0,
                        "prices[" + lot + "]",
                        "tendering.bid.priceRange"));
        var answers = bid.answers() == null ? java.util.Map.<Integer, String>of() : bid.answers();
        var asked = questions.findByTenderIdOrderByNumber(t.id());
        for (var q : asked) {
            var answer = answers.get(q.number());
            errors.rejectIf(
                            answer == null || answer.isBlank(),
                            "answers[" + q.number() + "]",
                            "tendering.bid.answerMissing",
                            "Q" + q.number())
                    .rejectIf(
                            answer != null && answer.strip().length() > ANSWER,
                            "answers[" + q.number() + "]",
                            "tendering.bid.answerTooLong",
                            "Q" + q.number(),
                            ANSWER);
        }
        answers.keySet()
                .forEach(n -> errors.rejectIf(
                        asked.stream().noneMatch(q -> q.number() == n),
                        "answers[" + n + "]",
                        "tendering.bid.noSuchQuestion",
                        n));
        var files = bid.files() == null ? List.<BidContent.File>of() : bid.files();
        errors.rejectIf(files.size() > FILES.max(), "files", FILES.message(files.size()));
        long bytes = files.stream().mapToLong(f -> f.content().length).sum();
        errors.rejectIf(bytes > MEGABYTES * 1024L * 1024L, "files", "tendering.bid.filesTooLarge", MEGABYTES);
        var types = new ArrayList<FileType>();
        for (var f : files) {
            try {
                types.add(FileType.check(f.name(), f.content(), MEGABYTES));
            } catch (InvalidInputException e) {
                e.fieldErrors().values().forEach(m -> errors.rejectIf(true, "files", m));
            }
        }
        errors.throwIfAny();
        return types;
    }

    private BiddingView view(Tender t, CurrentUser user) {
        var access = scope.requireReadOrGuest(t.partnershipId(), user, true);
        var tender = TenderService.view(access, t, lots.findByTenderIdOrderByNumber(t.id()), null);
        var asked = questions.findByTenderIdOrderByNumber(t.id()).stream()
                .map(q -> new BiddingView.Question(
                        "Q" + q.number(),
                        q.details().criterion(),
                        q.details().text(),
                        q.details().weight()))
                .toList();
        var deadline = deadline(t.details().bidDeadline());
        boolean open = support.clock().instant().isBefore(deadline);
        Long organisation = user.organisationId();
        var receipts = organisation == null
                ? List.<BiddingView.Receipt>of()
                : support.jdbc()
                        .sql("""
                                select received_at, sha256, size_bytes from tendering_receipt
                                 where tender_id = ? and organisation_id = ? order by received_at, id
                                """)
                        .params(t.id(), organisation)
                        .query((rs, n) -> new BiddingView.Receipt(
                                rs.getTimestamp(1).toInstant().atZone(DeclarationService.SCOTLAND),
                                rs.getString(2),
                                rs.getLong(3)))
                        .list();
        var version = organisation == null
                ? null
                : support.jdbc()
                        .sql("select version from tendering_bid where tender_id = ? and organisation_id = ?")
                        .params(t.id(), organisation)
                        .query(Integer.class)
                        .optional()
                        .orElse(null);
        return new BiddingView(
                t.partnershipId(),
                access.partnership().title(),
                tender,
                asked,
                deadline.atZone(DeclarationService.SCOTLAND),
                open,
                organisation != null && interested(t.id(), organisation),
                refusal(user),
                version,
                receipts,
                organisation == null ? List.of() : awards.debriefs(t, organisation, user));
    }

    /** Why this person may not bid, or null: bids come from organisations, and not from the public sector. */
    static String refusal(CurrentUser user) {
        if (user.organisationId() == null) {
            return "tendering.bid.noOrganisation";
        }
        return user.sector() == Sector.PUBLIC ? "tendering.bid.publicSector" : null;
    }

    static void refuseUnlessBidder(CurrentUser user) {
        var why = refusal(user);
        if (why != null) {
            throw new ForbiddenException(why);
        }
    }

    private void refuseIfLate(Tender t) {
        var deadline = deadline(t.details().bidDeadline());
        if (!support.clock().instant().isBefore(deadline)) {
            throw InvalidInputException.of(
                    "", "tendering.bid.late", t.details().bidDeadline().toString());
        }
    }

    /** Noon, Scottish time, on the day bids are due. */
    static Instant deadline(LocalDate due) {
        return due.atTime(12, 0).atZone(DeclarationService.SCOTLAND).toInstant();
    }

    boolean interested(long tenderId, long organisationId) {
        return support.jdbc()
                        .sql("select count(*) from tendering_bid_interest where tender_id = ? and organisation_id = ?")
                        .params(tenderId, organisationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The published tender of an open partnership, for sending something to it. */
    Tender open(long id, long tenderId, CurrentUser user) {
        var t = published(id, tenderId, user);
        scot.cairn.partnership.PartnershipScope.requireOpen(scope.requireReadOrGuest(id, user, true));
        return t;
    }

    /** The published tender, for a reader or a guest; a draft is not found by anyone who is not a member. */
    Tender published(long id, long tenderId, CurrentUser user) {
        var t = tenders.findByIdAndPartnershipId(tenderId, id).orElseThrow(() -> new NotFoundException("Tender"));
        scope.requireReadOrGuest(id, user, t.status() == TenderStatus.PUBLISHED);
        if (t.status() != TenderStatus.PUBLISHED) {
            throw new NotFoundException("Tender");
        }
        return t;
    }
}
