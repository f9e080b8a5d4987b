package scot.cairn.tendering;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;

/**
 * Declarations of interests. Every member who takes part declares for themselves, before working on the
 * specification and again whenever something changes; the Procurement Representative or a manager reviews each, never
 * their own. The person, those reviewers and the board read a declaration; nobody else does. Whether someone may
 * evaluate bids is decided here ({@link #evaluatorRefusal}).
 */
@Service
public class DeclarationService {

    static final String SUBJECT = "tendering-declaration";
    static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    private final DeclarationRepository declarations;
    private final PartnershipScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    DeclarationService(DeclarationRepository declarations, PartnershipScope scope, AuditTrail audit, Clock clock) {
        this.declarations = declarations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reader's own declaration and, for reviewers and the board, everyone's. */
    @Transactional(readOnly = true)
    public DeclarationsView declarations(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var all = declarations.findByPartnershipId(id);
        var mine = all.stream()
                .filter(d -> d.personId() == user.personId())
                .findFirst()
                .map(d -> view(access, d))
                .orElse(null);
        var everyone = readsAll(access);
        var declared = all.stream().map(Declaration::personId).collect(Collectors.toSet());
        return new DeclarationsView(
                mine,
                access.open() && access.participates(),
                everyone
                        ? all.stream()
                                .map(d -> view(access, d))
                                .sorted(Comparator.comparing(DeclarationView::person))
                                .toList()
                        : java.util.List.of(),
                everyone
                        ? access.partnership().participants().stream()
                                .filter(m -> !declared.contains(m.personId()))
                                .map(PartnershipView.MemberView::fullName)
                                .sorted()
                                .toList()
                        : java.util.List.of(),
                everyone);
    }

    /** One declaration, for its person, reviewers and the board. */
    @Transactional(readOnly = true)
    public DeclarationView declaration(long id, long declarationId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return view(access, readable(access, declarationId));
    }

    /**
     * Makes or changes the reader's own declaration, as read at {@code seenVersion} (null for a first one), and sends
     * it for review.
     */
    @Transactional
    public DeclarationView declare(long id, Integer seenVersion, DeclarationDetails d, CurrentUser user) {
        var access = PartnershipScope.requireOpen(scope.requireRead(id, user));
        if (!access.participates()) {
            throw new ForbiddenException("tendering.declaration.participants");
        }
        var partners = access.partnership().partners().stream()
                .map(PartnershipView.PartnerView::organisationId)
                .collect(Collectors.toSet());
        var existing = declarations.findByPartnershipIdAndPersonId(id, user.personId());
        Declaration saved;
        if (existing.isPresent()) {
            var before = existing.get();
            ConcurrentChangeException.check("declaration", seenVersion, before.version());
            var was = describe(access, before);
            before.change(d, partners, clock.instant());
            saved = declarations.save(before);
            record(
                    saved,
                    "tendering.audit.changed",
                    Changes.create().field("tendering.audit.interests", was, describe(access, saved)));
        } else {
            if (seenVersion != null) {
                throw new ConcurrentChangeException("declaration");
            }
            saved = declarations.save(Declaration.make(id, user.personId(), d, partners, clock.instant()));
            record(
                    saved,
                    "tendering.audit.declared",
                    Changes.create().field("tendering.audit.interests", null, describe(access, saved)));
        }
        return view(access, saved);
    }

    /** Records the review of a waiting declaration, as read at {@code seenVersion}. */
    @Transactional
    public DeclarationView review(long id, long declarationId, Integer seenVersion, ReviewDetails r, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        var d = declarations
                .findByIdAndPartnershipId(declarationId, id)
                .orElseThrow(() -> new NotFoundException("Declaration"));
        ConcurrentChangeException.check("declaration", seenVersion, d.version());
        d.review(r, user.personId(), clock.instant());
        var saved = declarations.save(d);
        record(
                saved,
                "tendering.audit.reviewed",
                Changes.create()
                        .field("tendering.audit.risk", null, saved.risk())
                        .field(
                                "tendering.audit.measures",
                                null,
                                saved.measures().isEmpty() ? null : saved.measures())
                        .note(name(access, saved)));
        return view(access, saved);
    }

    /**
     * Why the person may not evaluate bids in the partnership, or empty when they may: they must have declared, the
     * declaration must be reviewed, and the review must have found no relevant conflict.
     */
    @Transactional(readOnly = true)
    public Optional<Message> evaluatorRefusal(long id, long personId) {
        var d = declarations.findByPartnershipIdAndPersonId(id, personId);
        if (d.isEmpty()) {
            return Optional.of(Message.of("tendering.evaluator.undeclared"));
        }
        if (d.get().status() != DeclarationStatus.REVIEWED) {
            return Optional.of(Message.of("tendering.evaluator.unreviewed"));
        }
        if (d.get().risk() == ConflictRisk.RELEVANT) {
            return Optional.of(Message.of("tendering.evaluator.relevant"));
        }
        return Optional.empty();
    }

    /** How many of the partnership's declarations wait for review. */
    @Transactional(readOnly = true)
    public long waiting(long id) {
        return declarations.findByPartnershipId(id).stream()
                .filter(d -> d.status() == DeclarationStatus.WAITING)
                .count();
    }

    private static boolean readsAll(Access access) {
        return access.manages()
                || access.holds(scot.cairn.partnership.Role.PROCUREMENT_REPRESENTATIVE)
                || access.onBoard();
    }

    private Declaration readable(Access access, long declarationId) {
        var d = declarations
                .findByIdAndPartnershipId(declarationId, access.id())
                .orElseThrow(() -> new NotFoundException("Declaration"));
        if (d.personId() != access.user().personId() && !readsAll(access)) {
            throw new ForbiddenException("tendering.declaration.readers");
        }
        return d;
    }

    private DeclarationView view(Access access, Declaration d) {
        var names = access.partnership().namesById();
        var partners = access.partnership().partners().stream()
                .collect(Collectors.toMap(
                        PartnershipView.PartnerView::organisationId, PartnershipView.PartnerView::name));
        return new DeclarationView(
                d.id(),
                d.version(),
                d.personId(),
                names.getOrDefault(d.personId(), ""),
                d.nothingToDeclare(),
                d.interests().stream()
                        .map(i -> new DeclarationView.InterestView(
                                i.kind(),
                                i.organisationId(),
                                i.organisationId() == null ? null : partners.get(i.organisationId()),
                                i.description()))
                        .toList(),
                zoned(d.declaredAt()),
                d.status(),
                d.risk(),
                d.measures(),
                d.reviewNote(),
                d.reviewedBy() == null ? null : names.get(d.reviewedBy()),
                zoned(d.reviewedAt()),
                d.status() == DeclarationStatus.WAITING
                        && access.mayEdit(Editors.PROCUREMENT)
                        && d.personId() != access.user().personId());
    }

    private static ZonedDateTime zoned(Instant at) {
        return at == null ? null : at.atZone(SCOTLAND);
    }

    private static String name(Access access, Declaration d) {
        return access.partnership().namesById().getOrDefault(d.personId(), "");
    }

    /** The declaration in a line for the audit trail: what each interest is, or that there is none. */
    private static String describe(Access access, Declaration d) {
        if (d.nothingToDeclare()) {
            return "-";
        }
        return d.interests().stream()
                .map(i -> i.kind().name() + ": " + i.description())
                .collect(Collectors.joining("; "));
    }

    private void record(Declaration d, String action, Changes changes) {
        audit.record(SUBJECT, d.id(), d.partnershipId(), action, changes);
    }
}
