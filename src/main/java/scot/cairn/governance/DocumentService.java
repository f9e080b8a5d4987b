package scot.cairn.governance;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.Sector;
import scot.cairn.governance.DocumentViews.VersionView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * Writing and signing the MoU, the PID and the service specification. Whoever the kind names as its editors (the
 * Project Manager, or the Procurement Representative for the specification) and the partnership's managers edit; an
 * unsigned draft changes in place (refused when someone else saved it since), a signed version never changes: the
 * change becomes the next version and everyone signs again. Every save and signature is in the audit trail; a refused
 * action saves nothing.
 */
@Service
public class DocumentService {

    static final String SUBJECT = "governance-document";

    private final DocumentRepository documents;
    private final GovernanceContext context;
    private final DocumentSignoff signoff;
    private final DocumentPresenter presenter;
    private final DocumentExtensions extensions;

    DocumentService(
            DocumentRepository documents,
            GovernanceContext context,
            DocumentSignoff signoff,
            DocumentPresenter presenter,
            DocumentExtensions extensions) {
        this.documents = documents;
        this.context = context;
        this.signoff = signoff;
        this.presenter = presenter;
        this.extensions = extensions;
    }

    /**
     * Saves the text of the document as the user saw version {@code basedOn} (null or 0 when there was none yet):
     * in place when that is the unsigned current draft and {@code seenVersion} is its lock version, otherwise as the
     * next version when it is signed.
     *
     * @throws ConcurrentChangeException when a newer version exists or the draft changed since the user read it
     */
    @Transactional
    public VersionView save(
            long id,
            DocumentKind kind,
            Integer basedOn,
            Integer seenVersion,
            Map<String, String> sections,
            CurrentUser user) {
        var access = editable(id, kind, user);
        var p = access.partnership();
        var texts = DocumentTexts.check(kind, sections);
        var latest = documents.findFirstByPartnershipIdAndKindOrderByNumberDesc(id, kind);
        int seen = basedOn == null ? 0 : basedOn;
        if (seen != latest.map(DocumentVersion::number).orElse(0)) {
            throw new ConcurrentChangeException(kind.shortName());
        }
        var now = context.now();
        if (latest.isEmpty()) {
            return created(
                    p, DocumentVersion.first(id, kind, texts, records(access, kind), user.personId(), now), null);
        }
        var v = latest.get();
        if (v.signed()) {
            return created(p, v.next(texts, records(access, kind), user.personId(), now), v.number());
        }
        return edited(access, v, seenVersion, texts);
    }

    /**
     * Saves the text as the next version, for the API; the current version must be signed (or there is none yet).
     *
     * @throws DocumentConflictException when the current version is an unsigned draft (change it in place instead)
     */
    @Transactional
    public VersionView newVersion(
            long id, DocumentKind kind, Integer basedOn, Map<String, String> sections, CurrentUser user) {
        editable(id, kind, user);
        var latest = documents.findFirstByPartnershipIdAndKindOrderByNumberDesc(id, kind);
        if (latest.isPresent() && !latest.get().signed()) {
            throw DocumentConflictException.draftOpen(kind, latest.get().number());
        }
        return save(id, kind, basedOn, null, sections, user);
    }

    /**
     * Changes one version in place, for the API.
     *
     * @throws DocumentConflictException when the version is signed (or replaced by a newer one)
     */
    @Transactional
    public VersionView change(
            long id,
            DocumentKind kind,
            int number,
            Integer seenVersion,
            Map<String, String> sections,
            CurrentUser user) {
        var access = editable(id, kind, user);
        var v = find(id, kind, number);
        if (v.signed()) {
            throw DocumentConflictException.signed(kind, number);
        }
        return edited(access, v, seenVersion, DocumentTexts.check(kind, sections));
    }

    /**
     * Signs (MoU) or approves (PID) a version for the organisation the user represents.
     *
     * @throws scot.cairn.platform.ForbiddenException when the user is not a core partner's Senior Sponsor (MoU) or
     *     on the board (PID)
     * @throws DocumentConflictException when a newer version exists or the user already signed this one
     * @throws InvalidInputException when the kind's extension refuses approval now (a declaration of interests waits
     *     for review, say) or the records it carries have changed since the version was saved
     */
    @Transactional
    public VersionView sign(long id, DocumentKind kind, int number, Integer seenVersion, CurrentUser user) {
        var access = context.scope().requireRead(id, user);
        Long organisation = signoff.signingFor(access, kind);
        var p = PartnershipScope.requireOpen(access).partnership();
        var v = find(id, kind, number);
        int latest = latest(id, kind).number();
        if (latest != number) {
            throw DocumentConflictException.superseded(kind, number, latest);
        }
        ConcurrentChangeException.check(kind.shortName() + " version", seenVersion, v.version());
        if (v.signatures().stream().anyMatch(s -> s.personId() == user.personId())) {
            throw DocumentConflictException.twice(kind, number);
        }
        approvable(access, v);
        var now = context.now();
        var signature = v.sign(user.personId(), organisation, sectorOf(p, organisation), now);
        boolean signedOffNow = v.signedOffAt() == null && signoff.evaluate(p, v).met();
        if (signedOffNow) {
            v.signOff(now);
        }
        var saved = guarded(kind, () -> documents.save(v));
        var view = presenter.view(p, saved, true);
        context.publish(new DocumentSigned(id, kind, number, user.personId(), signedOffNow, now));
        var changes = Changes.create()
                .field("governance.audit.version", null, number)
                .field("governance.audit.signer", null, user.fullName())
                .field(
                        "governance.audit.for",
                        null,
                        organisation == null ? "governance.audit.serviceUser" : signatureOrg(view, user))
                .field("governance.audit.hash", null, signature.sha256());
        if (view.signedOff()) {
            changes.note(kind.key("audit.signedOff"));
        }
        context.record(SUBJECT, saved.id(), id, kind.key("audit.signed"), changes);
        return view;
    }

    private VersionView edited(Access access, DocumentVersion v, Integer seenVersion, DocumentTexts texts) {
        var p = access.partnership();
        var kind = v.kind();
        ConcurrentChangeException.check("draft of the " + kind.shortName(), seenVersion, v.version());
        var before = v.texts();
        v.edit(texts, records(access, kind));
        var saved = guarded(kind, () -> documents.save(v));
        var changes = Changes.create();
        kind.sections().stream()
                .filter(s ->
                        !before.getOrDefault(s.key(), "").equals(texts.texts().get(s.key())))
                .forEach(s -> changes.field("governance.audit.sectionChanged", null, s.headingKey()));
        context.record(
                SUBJECT,
                saved.id(),
                p.id(),
                kind.key("audit.edited"),
                Changes.create()
                        .field("governance.audit.version", null, v.number())
                        .note(changes.isEmpty() ? null : changes.toString()));
        return presenter.view(p, saved, true);
    }

    /** A new version, first or drafted from the signed version {@code from}. */
    private VersionView created(PartnershipView p, DocumentVersion v, Integer from) {
        var saved = guarded(v.kind(), () -> documents.save(v));
        context.record(
                SUBJECT,
                saved.id(),
                p.id(),
                v.kind().key("audit.drafted"),
                Changes.create()
                        .field("governance.audit.version", null, v.number())
                        .field("governance.audit.draftedFrom", null, from));
        return presenter.view(p, saved, true);
    }

    private Access editable(long id, DocumentKind kind, CurrentUser user) {
        return context.scope().requireEdit(id, user, kind.editors());
    }

    /** What the partnership's records say for the kind's sections now, in the language of whoever saves. */
    private DocumentVersion.Records records(Access access, DocumentKind kind) {
        var language = LocaleContextHolder.getLocale();
        var records = extensions.records(kind, access, language);
        return records == null
                ? DocumentVersion.Records.NONE
                : new DocumentVersion.Records(records, language.toLanguageTag());
    }

    /**
     * Refuses approval while the kind's extension says no, or when what the records say now (in the language the
     * version's records were written in) differs from what the version carries: the board approves what is current.
     */
    private void approvable(Access access, DocumentVersion v) {
        var kind = v.kind();
        extensions.refusal(kind, access).ifPresent(refusal -> {
            throw InvalidInputException.of("", refusal);
        });
        if (extensions.stale(v, access)) {
            throw InvalidInputException.of("", kind.key("recordsChanged"), v.number());
        }
    }

    private static Sector sectorOf(PartnershipView p, Long organisationId) {
        return p.partners().stream()
                .filter(x -> organisationId != null && x.organisationId() == organisationId)
                .map(PartnershipView.PartnerView::sector)
                .findFirst()
                .orElse(null);
    }

    private DocumentVersion latest(long id, DocumentKind kind) {
        return documents
                .findFirstByPartnershipIdAndKindOrderByNumberDesc(id, kind)
                .orElseThrow(() -> new NotFoundException(kind.shortName()));
    }

    private DocumentVersion find(long id, DocumentKind kind, int number) {
        return documents
                .findByPartnershipIdAndKindAndNumber(id, kind, number)
                .orElseThrow(() -> new NotFoundException(kind.shortName() + " version"));
    }

    /** Two saves racing past the checks above: the database refuses the second, which we report the same way. */
    static DocumentVersion guarded(DocumentKind kind, Supplier<DocumentVersion> save) {
        try {
            return save.get();
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChangeException(kind.shortName());
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException
                    || e.getCause() instanceof DuplicateKeyException) {
                throw new ConcurrentChangeException(kind.shortName());
            }
            throw e;
        }
    }

    private static String signatureOrg(VersionView view, CurrentUser user) {
        return view.signatures().stream()
                .filter(s -> s.personId() == user.personId())
                .map(DocumentViews.SignatureView::organisationName)
                .findFirst()
                .orElse("");
    }
}
