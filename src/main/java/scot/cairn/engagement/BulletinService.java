package scot.cairn.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.Sequences;

/**
 * Bulletins to the forum of informed providers. The Communications Lead, the Project Manager and managers ({@link
 * Editors#COMMUNICATIONS}) write them; board members approve them under the joint rule; once approved an editor
 * sends one, once: every contact of every organisation in the forum is emailed the same words at the same moment (by
 * the notification module, on {@link BulletinSent}), it is published on the public page, and it enters the
 * information-parity ledger as received by the forum's organisations and the partners. Members read them all.
 */
@Service
public class BulletinService {

    static final String SUBJECT = "bulletin";
    static final int TITLE = 200;
    static final int BODY = 10_000;

    private final BulletinRepository bulletins;
    private final PartnershipScope scope;
    private final GroupService groups;
    private final PublicPageService page;
    private final ParityLedger ledger;
    private final Sequences sequences;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BulletinService(
            BulletinRepository bulletins,
            PartnershipScope scope,
            GroupService groups,
            PublicPageService page,
            ParityLedger ledger,
            Sequences sequences,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.bulletins = bulletins;
        this.scope = scope;
        this.groups = groups;
        this.page = page;
        this.ledger = ledger;
        this.sequences = sequences;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The partnership's bulletins, newest first, and whether the reader may write one. */
    public record Listing(List<BulletinView> bulletins, boolean mayWrite) {}

    @Transactional(readOnly = true)
    public Listing list(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return new Listing(
                bulletins.findByPartnershipIdOrderByNumberDesc(id).stream()
                        .map(b -> view(access, b))
                        .toList(),
                access.mayEdit(Editors.COMMUNICATIONS));
    }

    @Transactional(readOnly = true)
    public BulletinView get(long id, long bulletinId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return view(access, find(id, bulletinId));
    }

    /** Refuses anyone who may not write bulletins, before a form is shown. */
    @Transactional(readOnly = true)
    public void checkMayWrite(long id, CurrentUser user) {
        scope.requireEdit(id, user, Editors.COMMUNICATIONS);
    }

    /** Writes a new draft. */
    @Transactional
    public BulletinView write(long id, String title, String body, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.COMMUNICATIONS);
        check(title, body);
        EngagementLimits.BULLETINS.check("", (int) bulletins.countByPartnershipId(id) + 1);
        var b = bulletins.save(
                Bulletin.write(id, sequences.next(SUBJECT, id), title.strip(), body.strip(), user.personId()));
        record(
                b,
                "engagement.audit.bulletinWritten",
                Changes.create().field("engagement.audit.title", null, b.title()));
        return view(access, b);
    }

    /** Rewrites a draft nobody has approved, as read at {@code seenVersion}. */
    @Transactional
    public BulletinView rewrite(
            long id, long bulletinId, Integer seenVersion, String title, String body, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.COMMUNICATIONS);
        var b = find(id, bulletinId);
        ConcurrentChangeException.check("bulletin", seenVersion, b.version());
        check(title, body);
        var before = b.title();
        b.rewrite(title.strip(), body.strip());
        var saved = bulletins.save(b);
        record(
                saved,
                "engagement.audit.bulletinRewritten",
                Changes.create().field("engagement.audit.title", before, saved.title()));
        return view(access, saved);
    }

    /** A board member approves the bulletin as read at {@code seenVersion}: the words they read are the words sent. */
    @Transactional
    public BulletinView approve(long id, long bulletinId, Integer seenVersion, CurrentUser user) {
        var access = scope.requireBoardApproval(id, user);
        var b = find(id, bulletinId);
        ConcurrentChangeException.check("bulletin", seenVersion, b.version());
        b.approve(access.boardSeat().orElseThrow(), clock.instant());
        var saved = bulletins.save(b);
        record(
                saved,
                "engagement.audit.bulletinApproved",
                Changes.create()
                        .field(
                                "engagement.audit.status",
                                BulletinStatus.DRAFT.name(),
                                saved.status().name()));
        return view(access, saved);
    }

    /** Takes an unsent bulletin back to a draft, dropping its approvals, so that it can be corrected. */
    @Transactional
    public BulletinView reopen(long id, long bulletinId, Integer seenVersion, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.COMMUNICATIONS);
        var b = find(id, bulletinId);
        ConcurrentChangeException.check("bulletin", seenVersion, b.version());
        var before = b.status();
        b.reopen();
        var saved = bulletins.save(b);
        record(
                saved,
                "engagement.audit.bulletinReopened",
                Changes.create()
                        .field(
                                "engagement.audit.status",
                                before.name(),
                                saved.status().name()));
        return view(access, saved);
    }

    /**
     * Sends an approved bulletin, as read at {@code seenVersion}: once. Refused when the forum lists no organisation.
     */
    @Transactional
    public BulletinView send(long id, long bulletinId, Integer seenVersion, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.COMMUNICATIONS);
        var b = find(id, bulletinId);
        ConcurrentChangeException.check("bulletin", seenVersion, b.version());
        var forum = groups.groups(id, user).stream()
                .filter(g -> g.kind() == GroupKind.INFORMED_PROVIDERS)
                .flatMap(g -> g.providers().stream())
                .map(scot.cairn.governance.GroupView.ProviderView::organisationId)
                .toList();
        if (b.status() == BulletinStatus.APPROVED && forum.isEmpty()) {
            throw InvalidInputException.of("", "engagement.bulletin.noForum");
        }
        var now = clock.instant();
        b.send(user.personId(), now);
        var saved = bulletins.save(b);
        boolean published = page.enabled(id);
        var received = new LinkedHashSet<Long>(forum);
        access.partnership().partners().stream()
                .map(scot.cairn.partnership.PartnershipView.PartnerView::organisationId)
                .forEach(received::add);
        ledger.shared(
                id,
                SharedKind.BULLETIN,
                saved.id(),
                saved.reference() + " " + saved.title(),
                LocalDate.ofInstant(now, ZoneId.of("Europe/London")),
                published,
                received,
                user.personId());
        record(
                saved,
                "engagement.audit.bulletinSent",
                Changes.create()
                        .field(
                                "engagement.audit.status",
                                BulletinStatus.APPROVED.name(),
                                saved.status().name())
                        .field("engagement.audit.organisations", null, forum.size()));
        events.publishEvent(new BulletinSent(
                id,
                saved.id(),
                access.partnership().title(),
                saved.reference(),
                saved.title(),
                saved.body(),
                forum,
                published ? PublicPageService.href(id) : null,
                now));
        return view(access, saved);
    }

    private static void check(String title, String body) {
        new InvalidInputException.Collector()
                .rejectIf(title == null || title.isBlank(), "title", "engagement.bulletin.titleMissing")
                .rejectIf(
                        title != null && title.strip().length() > TITLE,
                        "title",
                        "engagement.bulletin.titleTooLong",
                        TITLE)
                .rejectIf(body == null || body.isBlank(), "body", "engagement.bulletin.bodyMissing")
                .rejectIf(body != null && body.strip().length() > BODY, "body", "engagement.bulletin.bodyTooLong", BODY)
                .throwIfAny();
    }

    private Bulletin find(long id, long bulletinId) {
        return bulletins.findByIdAndPartnershipId(bulletinId, id).orElseThrow(() -> new NotFoundException("Bulletin"));
    }

    private void record(Bulletin b, String action, Changes changes) {
        audit.record(SUBJECT, b.id(), b.partnershipId(), action, changes.note(b.reference() + " " + b.title()));
    }

    private BulletinView view(Access access, Bulletin b) {
        var names = access.partnership().namesById();
        boolean editor = access.mayEdit(Editors.COMMUNICATIONS);
        var joint = b.joint();
        boolean approvedByMe = b.approvals().stream()
                .anyMatch(a -> a.personId() == access.user().personId());
        return new BulletinView(
                b.id(),
                b.version(),
                b.reference(),
                b.title(),
                b.body(),
                b.status(),
                names.get(b.writtenBy()),
                b.approvals().stream()
                        .map(a -> new BulletinView.ApprovalView(
                                names.getOrDefault(a.personId(), ""), a.sector(), a.approvedAt()))
                        .toList(),
                b.status() == BulletinStatus.DRAFT ? joint.needed() : null,
                b.sentAt(),
                b.sentBy() == null ? null : names.get(b.sentBy()),
                editor && b.status() == BulletinStatus.DRAFT && b.approvals().isEmpty(),
                access.mayApprove() && b.status() == BulletinStatus.DRAFT && !approvedByMe,
                editor
                        && b.status() != BulletinStatus.SENT
                        && (!b.approvals().isEmpty() || b.status() == BulletinStatus.APPROVED),
                editor && b.status() == BulletinStatus.APPROVED);
    }
}
