package scot.cairn.tendering;

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
    private final TenderingSupport support;
    private final Names names;

    DeclarationService(
            DeclarationRepository declarations, PartnershipScope scope, TenderingSupport support, Names names) {
        this.declarations = declarations;
        this.scope = scope;
        this.support = support;
        this.names = names;
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
                        ? views(access, all).stream()
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
            if (before.sameAs(d)) {
                return view(access, before);
            }
            before.change(d, partners, support.clock().instant());
            saved = declarations.save(before);
            record(saved, "tendering.audit.changed");
        } else {
            if (seenVersion != null) {
                throw new ConcurrentChangeException("declaration");
            }
            saved = declarations.save(Declaration.make(
                    id, user.personId(), d, partners, support.clock().instant()));
            record(saved, "tendering.audit.declared");
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
        d.review(r, user.personId(), support.clock().instant());
        var saved = declarations.save(d);
        record(saved, "tendering.audit.reviewed");
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
        if (d.get().risk() == ConflictRisk.RELEVANT || d.get().measures().contains(Measure.KEPT_OUT_OF_EVALUATION)) {
            return Optional.of(Message.of("tendering.evaluator.relevant"));
        }
        return Optional.empty();
    }

    /** The Procurement Representative, managers and the board read every declaration. */
    private static boolean readsAll(Access access) {
        return access.among(Editors.PROCUREMENT) || access.onBoard();
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
        return views(access, java.util.List.of(d)).get(0);
    }

    /** The declarations as the reader sees them, their people's and organisations' names read at once. */
    private java.util.List<DeclarationView> views(Access access, java.util.List<Declaration> all) {
        var people = new java.util.HashSet<Long>();
        var organisations = new java.util.HashSet<Long>();
        for (var d : all) {
            people.add(d.personId());
            if (d.reviewedBy() != null) {
                people.add(d.reviewedBy());
            }
            d.interests().stream()
                    .map(Interest::organisationId)
                    .filter(java.util.Objects::nonNull)
                    .forEach(organisations::add);
        }
        var personNames = names.people(people);
        var organisationNames = names.organisations(organisations);
        return all.stream()
                .map(d -> view(access, d, personNames, organisationNames))
                .toList();
    }

    private DeclarationView view(
            Access access,
            Declaration d,
            java.util.Map<Long, String> personNames,
            java.util.Map<Long, String> organisationNames) {
        return new DeclarationView(
                d.id(),
                d.version(),
                d.personId(),
                personNames.getOrDefault(d.personId(), ""),
                d.nothingToDeclare(),
                d.interests().stream()
                        .map(i -> new DeclarationView.InterestView(
                                i.kind(),
                                i.organisationId(),
                                i.organisationId() == null ? null : organisationNames.get(i.organisationId()),
                                i.description()))
                        .toList(),
                zoned(d.declaredAt()),
                d.status(),
                d.risk(),
                d.measures(),
                d.reviewNote(),
                d.reviewedBy() == null ? null : personNames.get(d.reviewedBy()),
                zoned(d.reviewedAt()),
                d.status() == DeclarationStatus.WAITING
                        && access.mayEdit(Editors.PROCUREMENT)
                        && d.personId() != access.user().personId());
    }

    private static ZonedDateTime zoned(Instant at) {
        return at == null ? null : at.atZone(SCOTLAND);
    }

    /**
     * Records who declared or was reviewed, never what: the history of a partnership is read by every member, and a
     * declaration only by its person, reviewers and the board.
     */
    private void record(Declaration d, String action) {
        var who = names.people(java.util.List.of(d.personId())).getOrDefault(d.personId(), "");
        support.audit()
                .record(
                        SUBJECT,
                        d.id(),
                        d.partnershipId(),
                        action,
                        Changes.create().note(who));
    }
}
