package scot.cairn.governance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.DocumentViews.DocumentSummary;
import scot.cairn.governance.DocumentViews.DocumentView;
import scot.cairn.governance.DocumentViews.VersionView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.pdf.PdfRenderer;

/**
 * Reading the MoU, the PID and the service specification: the list (MoU and PID), a document with its versions, one
 * version, the differences between two versions and the PDF of a signed version. Members and observers read; everyone
 * else gets 404.
 */
@Service
@Transactional(readOnly = true)
public class DocumentReader {

    private final DocumentRepository documents;
    private final GovernanceContext context;
    private final DocumentPresenter presenter;
    private final PdfRenderer pdfs;
    private final DocumentExtensions extensions;

    DocumentReader(
            DocumentRepository documents,
            GovernanceContext context,
            DocumentPresenter presenter,
            PdfRenderer pdfs,
            DocumentExtensions extensions) {
        this.documents = documents;
        this.context = context;
        this.presenter = presenter;
        this.pdfs = pdfs;
        this.extensions = extensions;
    }

    /** The MoU and the PID, in that order, started or not. */
    public List<DocumentSummary> documents(long id, CurrentUser user) {
        var p = context.visible(id, user);
        return Arrays.stream(DocumentKind.values())
                .filter(DocumentKind::governing)
                .map(kind -> presenter.summary(
                        p,
                        kind,
                        documents
                                .findFirstByPartnershipIdAndKindOrderByNumberDesc(id, kind)
                                .orElse(null)))
                .toList();
    }

    /**
     * The number of the newest version of the document that was signed off, if any: what a tender is drawn from.
     * Callers have checked that the person reads the partnership.
     */
    public java.util.Optional<Integer> signedOffVersion(long id, DocumentKind kind) {
        return documents.findByPartnershipIdAndKindOrderByNumberDesc(id, kind).stream()
                .filter(v -> v.signedOffAt() != null)
                .map(DocumentVersion::number)
                .findFirst();
    }

    /** One kind of document in a line: its current version and where sign-off is. */
    public DocumentSummary summary(long id, DocumentKind kind, CurrentUser user) {
        var p = context.visible(id, user);
        return presenter.summary(
                p,
                kind,
                documents
                        .findFirstByPartnershipIdAndKindOrderByNumberDesc(id, kind)
                        .orElse(null));
    }

    /** The document with its current version (null before the first draft) and every version, newest first. */
    public DocumentView document(long id, DocumentKind kind, CurrentUser user) {
        var access = context.scope().requireRead(id, user);
        var p = access.partnership();
        var all = documents.findByPartnershipIdAndKindOrderByNumberDesc(id, kind);
        var versions =
                all.stream().map(v -> presenter.summary(p, v, v == all.get(0))).toList();
        var current = all.isEmpty() ? null : presenter.view(p, all.get(0), true);
        var flags = new java.util.ArrayList<String>();
        if (current != null && !current.signedOff()) {
            if (extensions.stale(all.get(0), access)) {
                flags.add(
                        presenter.words(scot.cairn.platform.Message.of(kind.key("recordsChanged"), current.number())));
            }
            extensions.flags(kind, access).forEach(f -> flags.add(presenter.words(f)));
        }
        boolean signedAlready =
                current != null && current.signatures().stream().anyMatch(s -> s.personId() == user.personId());
        return new DocumentView(
                id,
                kind,
                current,
                versions,
                access.mayEdit(kind.editors()),
                current != null && !signedAlready && presenter.maySign(access, kind),
                flags);
    }

    /** @throws NotFoundException when the document has no such version */
    public VersionView version(long id, DocumentKind kind, int number, CurrentUser user) {
        var p = context.visible(id, user);
        return presenter.view(p, find(id, kind, number), number == latest(id, kind));
    }

    /** What changed from version {@code from} to version {@code to}, section by section. */
    public DocumentDiff compare(long id, DocumentKind kind, int from, int to, CurrentUser user) {
        context.visible(id, user);
        if (from == to) {
            throw InvalidInputException.of("to", "governance.diff.sameVersion");
        }
        var a = find(id, kind, from);
        var b = find(id, kind, to);
        var sections = kind.sections().stream()
                .map(s -> new DocumentDiff.SectionDiff(
                        s.key(),
                        s.heading(),
                        !a.text(s.key()).equals(b.text(s.key()))
                                || !a.records(s.key()).equals(b.records(s.key())),
                        LineDiff.of(a.text(s.key()), b.text(s.key())),
                        a.records(s.key()).isEmpty() && b.records(s.key()).isEmpty()
                                ? List.of()
                                : LineDiff.of(a.records(s.key()), b.records(s.key()))))
                .toList();
        return new DocumentDiff(kind, from, to, sections);
    }

    /**
     * The PDF of a version with its sections and signatures.
     *
     * @throws InvalidInputException when nobody has signed the version yet
     */
    public byte[] pdf(long id, DocumentKind kind, int number, CurrentUser user) {
        return pdf(context.scope().requireRead(id, user), kind, number);
    }

    /**
     * The PDF of a version for a reader the calling module admitted through the partnership's access model: a provider
     * reading, as a guest for a published tender, the specification that tender rests on.
     *
     * @throws InvalidInputException when nobody has signed the version yet
     */
    public byte[] pdf(scot.cairn.partnership.Access access, DocumentKind kind, int number) {
        var p = access.partnership();
        long id = p.id();
        var v = find(id, kind, number);
        if (!v.signed()) {
            throw InvalidInputException.of("", kind.key("noPdf"), number);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("p", p);
        model.put("v", presenter.view(p, v, number == latest(id, kind)));
        model.put(
                "core",
                p.partners().stream().filter(x -> x.standing() == Standing.CORE).toList());
        return pdfs.render("pdf/governance-document", model);
    }

    private int latest(long id, DocumentKind kind) {
        return documents
                .findFirstByPartnershipIdAndKindOrderByNumberDesc(id, kind)
                .map(DocumentVersion::number)
                .orElse(0);
    }

    private DocumentVersion find(long id, DocumentKind kind, int number) {
        return documents
                .findByPartnershipIdAndKindAndNumber(id, kind, number)
                .orElseThrow(() -> new NotFoundException(kind.shortName() + " version"));
    }
}
