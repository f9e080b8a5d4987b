package scot.cairn.tendering;

import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.PersonService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.Role;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * Opening a tender's sealed bids, and reading them after. Once the deadline has passed, two different people who write
 * tenders ({@link Editors#PROCUREMENT}), one of them the Procurement Representative, open the tender together: the
 * first begins, the second completes, and only then is the tender's key unwrapped. Every bid is decrypted at the
 * opening and checked against its receipt, and every receipt is written into the audit trail. Until then nobody,
 * administrators included, reads a bid or learns how many there are: each attempt is refused and recorded. After the
 * opening, those who write tenders read the bids.
 */
@Service
public class OpeningService {

    private final TenderRepository tenders;
    private final PartnershipScope scope;
    private final Sealing sealing;
    private final SealedReads sealedReads;
    private final TenderingSupport support;
    private final Names names;

    OpeningService(
            TenderRepository tenders,
            PartnershipScope scope,
            Sealing sealing,
            SealedReads sealedReads,
            TenderingSupport support,
            Names names) {
        this.tenders = tenders;
        this.scope = scope;
        this.sealing = sealing;
        this.sealedReads = sealedReads;
        this.support = support;
        this.names = names;
    }

    /** The people and organisations a bid and an opening name. */
    @org.springframework.stereotype.Component
    record Names(PersonService people, OrganisationService organisations) {}

    private record Opening(
            long firstBy, Instant firstAt, boolean firstRepresents, Long secondBy, Instant secondAt, Integer bids) {}

    /** The opening as the tender's page shows it, to every member. */
    @Transactional(readOnly = true)
    public OpeningView opening(long id, long tenderId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var t = find(id, tenderId);
        return view(access, t, opening(t.id()).orElse(null));
    }

    /**
     * Begins the opening ({@code step} BEGIN) or completes it as a second person (COMPLETE): the step the person saw,
     * so that someone who meant to begin never completes an opening another began meanwhile (409). Refused before the
     * deadline, to the person who began it, when neither of the two is the Procurement Representative, to anyone who
     * does not take part in the partnership or whose organisation means to bid, and once complete.
     */
    @Transactional
    public OpeningView open(long id, long tenderId, OpeningStep step, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        var t = find(id, tenderId);
        refuseUnlessImpartial(access, t);
        // One opening step at a time for the tender: two people beginning at once find each other here.
        support.jdbc()
                .sql("select id from tendering_tender where id = ? for update")
                .param(t.id())
                .query(Long.class)
                .single();
        if (t.status() != TenderStatus.PUBLISHED) {
            throw InvalidInputException.of("", "tendering.opening.notPublished");
        }
        var now = support.clock().instant();
        if (now.isBefore(BidService.deadline(t.details().bidDeadline()))) {
            throw InvalidInputException.of(
                    "", "tendering.opening.tooEarly", t.details().bidDeadline().toString());
        }
        boolean represents = access.holds(Role.PROCUREMENT_REPRESENTATIVE);
        var begun = opening(t.id());
        if (step == null) {
            throw InvalidInputException.of("step", "tendering.opening.stepMissing");
        }
        if ((step == OpeningStep.BEGIN) != begun.isEmpty()) {
            throw new ConcurrentChangeException("opening");
        }
        if (begun.isEmpty()) {
            support.jdbc()
                    .sql("""
                            insert into tendering_opening (tender_id, first_by, first_at, first_represents)
                            values (?, ?, ?, ?)
                            """)
                    .params(t.id(), user.personId(), Timestamp.from(now), represents)
                    .update();
            record(t, "tendering.audit.openingBegun", Changes.create().note("T-" + t.number()));
            return view(access, t, opening(t.id()).orElseThrow());
        }
        var o = begun.get();
        if (o.bids() != null) {
            throw InvalidInputException.of("", "tendering.opening.done");
        }
        if (o.firstBy() == user.personId()) {
            throw InvalidInputException.of("", "tendering.opening.samePerson");
        }
        if (!o.firstRepresents() && !represents) {
            throw InvalidInputException.of("", "tendering.opening.needsRepresentative");
        }
        // Waits for any bid being sent in time to be written (sending takes the same lock), then reads them all.
        sealing.lock(t.id());
        var bids = support.jdbc()
                .sql(
                        "select id, organisation_id, received_at, sha256 from tendering_bid where tender_id = ? order by id")
                .param(t.id())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        support.jdbc()
                .sql("update tendering_opening set second_by = ?, second_at = ?, bids = ? where tender_id = ?")
                .params(user.personId(), Timestamp.from(now), bids.size(), t.id())
                .update();
        var organisations =
                names.organisations().getAll(bids.stream().map(b -> b[1]).toList());
        for (var b : bids) {
            var bid = read(t, b[0], true);
            record(
                    t,
                    bid.intact() ? "tendering.audit.bidOpened" : "tendering.audit.bidDamaged",
                    Changes.create()
                            .note("T-" + t.number() + ": "
                                    + organisations.get(b[1]).name())
                            .field(
                                    "tendering.bid.receivedAt",
                                    null,
                                    bid.receivedAt().toOffsetDateTime())
                            .field("tendering.bid.sha256", null, bid.sha256())
                            .field("tendering.bid.receipts", null, receipts(t.id(), b[1])));
        }
        recordInterests(t);
        record(
                t,
                "tendering.audit.opened",
                Changes.create().note("T-" + t.number()).field("tendering.opening.bids", null, bids.size()));
        return view(access, t, opening(t.id()).orElseThrow());
    }

    /**
     * The opened bids, for those who write tenders. Before the opening it is refused for everyone and the attempt is
     * recorded ({@code route} says where it came from: the page, the API or the download).
     */
    @Transactional(readOnly = true)
    public List<BidView> bids(long id, long tenderId, String route, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var t = find(id, tenderId);
        refuseUnlessOpened(t, route, user);
        refuseUnlessOfficer(access, t);
        return support
                .jdbc()
                .sql("select id from tendering_bid where tender_id = ? order by received_at, id")
                .param(t.id())
                .query(Long.class)
                .list()
                .stream()
                .map(bid -> read(t, bid, false))
                .toList();
    }

    /**
     * The opened bids of a tender (their manifests, without files), for another service of the module that has checked
     * the reader for its own purpose (an evaluator); refused and recorded before the opening like every other read.
     */
    List<BidView> opened(Tender t, String route, CurrentUser user) {
        refuseUnlessOpened(t, route, user);
        return support
                .jdbc()
                .sql("select id from tendering_bid where tender_id = ? order by received_at, id")
                .param(t.id())
                .query(Long.class)
                .list()
                .stream()
                .map(bid -> read(t, bid, false))
                .toList();
    }

    /** A file of an opened bid: its name, type and bytes; refused and recorded before the opening. */
    @Transactional(readOnly = true)
    public BidFile file(long id, long tenderId, long bidId, int number, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var t = find(id, tenderId);
        refuseUnlessOpened(t, "file", user);
        refuseUnlessOfficer(access, t);
        var row = support.jdbc()
                .sql(
                        "select organisation_id, sealed_manifest, sealed_files from tendering_bid where id = ? and tender_id = ?")
                .params(bidId, t.id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2), rs.getBytes(3)})
                .optional()
                .orElseThrow(() -> new NotFoundException("Bid"));
        try {
            long organisation = (Long) row[0];
            var manifestBytes = sealing.unseal(t.id(), organisation, BidEnvelope.MANIFEST, (byte[]) row[1]);
            var manifest = BidEnvelope.manifest(manifestBytes, support.json());
            if (number < 1 || number > manifest.files().size()) {
                throw new NotFoundException("File");
            }
            var part = BidEnvelope.filesPart(scot.cairn.platform.FileType.sha256(manifestBytes));
            var files = BidEnvelope.files(manifest, sealing.unseal(t.id(), organisation, part, (byte[]) row[2]))
                    .orElseThrow(() -> new IllegalStateException("Bid " + bidId + " does not match its manifest"));
            var entry = manifest.files().get(number - 1);
            return new BidFile(entry.name(), entry.type(), files.get(number - 1));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bid " + bidId + " cannot be decrypted", e);
        }
    }

    /** A file of a bid, to download. */
    public record BidFile(String name, String type, byte[] content) {}

    /** The interests providers expressed, written into the audit trail now that the bids are open. */
    private void recordInterests(Tender t) {
        var interests = support.jdbc()
                .sql("select organisation_id, expressed_at from tendering_bid_interest where tender_id = ? order by id")
                .param(t.id())
                .query((rs, n) ->
                        java.util.Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
        var named = names.organisations()
                .getAll(interests.stream().map(java.util.Map.Entry::getKey).toList());
        for (var i : interests) {
            record(
                    t,
                    "tendering.audit.interestExpressed",
                    Changes.create()
                            .note("T-" + t.number() + ": "
                                    + named.get(i.getKey()).name())
                            .field(
                                    "tendering.audit.expressedAt",
                                    null,
                                    i.getValue()
                                            .atZone(DeclarationService.SCOTLAND)
                                            .toOffsetDateTime()));
        }
    }

    /** Whether the person may open the tender and read its bids: {@link #refuseUnlessImpartial} would let them. */
    boolean impartialOfficer(Access access, Tender t) {
        try {
            refuseUnlessOfficer(access, t);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }

    /** Whether the organisation has expressed interest in the tender or bid for it. */
    boolean bidder(Tender t, Long organisation) {
        return organisation != null
                && support.jdbc()
                                .sql("""
                                        select (select count(*) from tendering_bid_interest
                                                 where tender_id = ? and organisation_id = ?)
                                             + (select count(*) from tendering_bid
                                                 where tender_id = ? and organisation_id = ?)
                                        """)
                                .params(t.id(), organisation, t.id(), organisation)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** Whether the tender's opening is complete. */
    boolean isOpened(Tender t) {
        return opening(t.id()).map(o -> o.bids() != null).orElse(false);
    }

    /**
     * Refuses the opening and the bids to anyone who does not take part in the partnership (an administrator who is
     * not a member, an observer) and to anyone whose organisation has expressed interest in the tender or bid for it.
     */
    private void refuseUnlessImpartial(Access access, Tender t) {
        if (!access.participates()) {
            throw new ForbiddenException("tendering.opening.notParticipant");
        }
        if (bidder(t, access.user().organisationId())) {
            throw new ForbiddenException("tendering.bids.bidderOrganisation");
        }
    }

    private void refuseUnlessOpened(Tender t, String route, CurrentUser user) {
        if (opening(t.id()).map(o -> o.bids() == null).orElse(true)) {
            sealedReads.refused(t, route, user);
            throw new BidsSealedException();
        }
    }

    private void refuseUnlessOfficer(Access access, Tender t) {
        if (!access.among(Editors.PROCUREMENT)) {
            throw new ForbiddenException("tendering.bids.officersOnly");
        }
        refuseUnlessImpartial(access, t);
    }

    /** Decrypts a bid; with {@code files}, checks its files against the manifest too. */
    private BidView read(Tender t, long bidId, boolean files) {
        var row = support.jdbc()
                .sql("""
                        select b.organisation_id, b.received_at, b.sha256, b.size_bytes, b.sealed_manifest,
                               case when ? then b.sealed_files else null end
                          from tendering_bid b where b.id = ?
                        """)
                .params(files, bidId)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getBytes(5),
                    rs.getBytes(6)
                })
                .single();
        long organisation = (Long) row[0];
        try {
            var manifestBytes = sealing.unseal(t.id(), organisation, BidEnvelope.MANIFEST, (byte[]) row[4]);
            var manifest = BidEnvelope.manifest(manifestBytes, support.json());
            var sha = scot.cairn.platform.FileType.sha256(manifestBytes);
            // Checked against the last receipt the bidder was given, kept apart from the bid itself.
            boolean intact = sha.equals(row[2]) && sha.equals(lastReceipt(t.id(), organisation));
            if (files) {
                intact &= BidEnvelope.files(
                                manifest,
                                sealing.unseal(t.id(), organisation, BidEnvelope.filesPart(sha), (byte[]) row[5]))
                        .isPresent();
            }
            var fileViews = new ArrayList<BidView.FileView>();
            for (int n = 0; n < manifest.files().size(); n++) {
                var f = manifest.files().get(n);
                fileViews.add(new BidView.FileView(n + 1, f.name(), f.type(), f.size(), f.sha256()));
            }
            var prices = new LinkedHashMap<Integer, java.math.BigDecimal>();
            manifest.prices().forEach((lot, price) -> prices.put(lot, new java.math.BigDecimal(price)));
            return new BidView(
                    bidId,
                    names.organisations().get(organisation).name(),
                    ((Instant) row[1]).atZone(DeclarationService.SCOTLAND),
                    (String) row[2],
                    (Long) row[3],
                    intact,
                    prices,
                    manifest.answers(),
                    fileViews);
        } catch (GeneralSecurityException e) {
            // Altered at rest, or moved from another bid: it cannot be read, and the opening says so.
            return new BidView(
                    bidId,
                    names.organisations().get(organisation).name(),
                    ((Instant) row[1]).atZone(DeclarationService.SCOTLAND),
                    (String) row[2],
                    (Long) row[3],
                    false,
                    java.util.Map.of(),
                    java.util.Map.of(),
                    List.of());
        }
    }

    private String lastReceipt(long tenderId, long organisationId) {
        return support.jdbc().sql("""
                        select sha256 from tendering_receipt where tender_id = ? and organisation_id = ?
                         order by received_at desc, id desc
                        """).params(tenderId, organisationId).query(String.class).list().stream()
                .findFirst()
                .orElse(null);
    }

    private long receipts(long tenderId, long organisationId) {
        return support.jdbc()
                .sql("select count(*) from tendering_receipt where tender_id = ? and organisation_id = ?")
                .params(tenderId, organisationId)
                .query(Long.class)
                .single();
    }

    private OpeningView view(Access access, Tender t, Opening o) {
        var deadline = BidService.deadline(t.details().bidDeadline());
        boolean due = t.status() == TenderStatus.PUBLISHED
                && !support.clock().instant().isBefore(deadline);
        var people = names.people()
                .getAll(
                        o == null
                                ? List.of()
                                : o.secondBy() == null ? List.of(o.firstBy()) : List.of(o.firstBy(), o.secondBy()));
        boolean mayOpen = due
                && access.mayEdit(Editors.PROCUREMENT)
                && (o == null
                        || (o.bids() == null && o.firstBy() != access.user().personId()));
        return new OpeningView(
                deadline.atZone(DeclarationService.SCOTLAND),
                due,
                o == null ? null : people.get(o.firstBy()).fullName(),
                o == null ? null : o.firstAt().atZone(DeclarationService.SCOTLAND),
                o == null || o.secondBy() == null
                        ? null
                        : people.get(o.secondBy()).fullName(),
                o == null || o.secondAt() == null ? null : o.secondAt().atZone(DeclarationService.SCOTLAND),
                o == null ? null : o.bids(),
                mayOpen,
                o != null && o.bids() != null && impartialOfficer(access, t),
                impartialOfficer(access, t)
                        || support.jdbc()
                                        .sql(
                                                "select count(*) from tendering_evaluator where tender_id = ? and person_id = ?")
                                        .params(t.id(), access.user().personId())
                                        .query(Long.class)
                                        .single()
                                > 0);
    }

    private java.util.Optional<Opening> opening(long tenderId) {
        return support.jdbc()
                .sql("""
                        select first_by, first_at, first_represents, second_by, second_at, bids
                          from tendering_opening where tender_id = ?
                        """)
                .param(tenderId)
                .query(OpeningService::opening)
                .optional();
    }

    private static Opening opening(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long second = rs.getLong(4);
        boolean noSecond = rs.wasNull();
        int bids = rs.getInt(6);
        boolean noBids = rs.wasNull();
        return new Opening(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getBoolean(3),
                noSecond ? null : second,
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                noBids ? null : bids);
    }

    private Tender find(long id, long tenderId) {
        return tenders.findByIdAndPartnershipId(tenderId, id).orElseThrow(() -> new NotFoundException("Tender"));
    }

    private void record(Tender t, String action, Changes changes) {
        support.audit().record(TenderService.SUBJECT, t.id(), t.partnershipId(), action, changes);
    }
}
