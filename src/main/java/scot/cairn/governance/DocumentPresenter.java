package scot.cairn.governance;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DocumentViews.DocumentSummary;
import scot.cairn.governance.DocumentViews.SectionView;
import scot.cairn.governance.DocumentViews.SignatureView;
import scot.cairn.governance.DocumentViews.VersionSummary;
import scot.cairn.governance.DocumentViews.VersionView;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.Message;

/** Turns document versions into the read records, with names from the directory and the sign-off status. */
@Component
class DocumentPresenter {

    private final GovernanceContext context;
    private final DocumentSignoff signoff;
    private final MessageSource messages;

    DocumentPresenter(GovernanceContext context, DocumentSignoff signoff, MessageSource messages) {
        this.context = context;
        this.signoff = signoff;
        this.messages = messages;
    }

    /** Words for the read records, which the pages, the PDF and the API show as they are: the reader's language. */
    String words(MessageSourceResolvable message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }

    VersionView view(PartnershipView p, DocumentVersion v, boolean current) {
        var people = new HashSet<Long>();
        var orgs = new HashSet<Long>();
        people.add(v.createdBy());
        v.signatures().forEach(s -> {
            people.add(s.personId());
            if (s.organisationId() != null) {
                orgs.add(s.organisationId());
            }
        });
        var names = context.people(people);
        var orgNames = context.organisations(orgs);
        String hash = v.sha256();
        var signatures = v.signatures().stream()
                .map(s -> new SignatureView(
                        s.personId(),
                        names.get(s.personId()).fullName(),
                        s.organisationId() == null
                                ? null
                                : orgNames.get(s.organisationId()).name(),
                        s.signedAt(),
                        s.sha256(),
                        Objects.equals(hash, s.sha256())))
                .toList();
        var sections = v.kind().sections().stream()
                .map(s -> new SectionView(s.key(), s.heading(), s.hint(), v.text(s.key()), v.records(s.key())))
                .toList();
        var status = signoff.evaluate(p, v);
        return new VersionView(
                p.id(),
                v.kind(),
                v.number(),
                v.version(),
                v.createdAt(),
                names.get(v.createdBy()).fullName(),
                sections,
                signatures,
                hash,
                current,
                status.met(),
                status(v, current, status.met()),
                words(status.summary()),
                v.recordsLanguage());
    }

    VersionSummary summary(PartnershipView p, DocumentVersion v, boolean current) {
        var name = context.people(List.of(v.createdBy())).get(v.createdBy()).fullName();
        return new VersionSummary(
                v.number(),
                v.createdAt(),
                name,
                v.signatures().size(),
                status(v, current, signoff.evaluate(p, v).met()));
    }

    DocumentSummary summary(PartnershipView p, DocumentKind kind, DocumentVersion latest) {
        if (latest == null) {
            return new DocumentSummary(
                    kind,
                    null,
                    words(Message.of("governance.documentStatus.notStarted")),
                    false,
                    words(Message.of(kind.notWrittenKey())));
        }
        var status = signoff.evaluate(p, latest);
        return new DocumentSummary(
                kind, latest.number(), status(latest, true, status.met()), status.met(), words(status.summary()));
    }

    boolean maySign(Access access, DocumentKind kind) {
        return access.open() && signoff.maySign(access, kind);
    }

    /** Whether the partnership's current version of the document is signed off; false when there is none. */
    DocumentSignoff.Status status(PartnershipView p, java.util.Optional<DocumentVersion> latest, DocumentKind kind) {
        return latest.map(v -> signoff.evaluate(p, v))
                .orElse(new DocumentSignoff.Status(false, Message.of(kind.notWrittenKey())));
    }

    String status(DocumentVersion v, boolean current, boolean signedOff) {
        return words(Message.of(statusKey(v, current, signedOff)));
    }

    /** Draft, being signed (MoU) or approved (PID and specification), signed or approved, or superseded: a key. */
    static String statusKey(DocumentVersion v, boolean current, boolean signedOff) {
        if (!current) {
            return "governance.documentStatus.superseded";
        }
        if (signedOff) {
            return v.kind() == DocumentKind.MOU
                    ? "governance.documentStatus.signed"
                    : "governance.documentStatus.approved";
        }
        if (!v.signed()) {
            return "governance.documentStatus.draft";
        }
        return v.kind().approvedByBoard()
                ? "governance.documentStatus.beingApproved"
                : "governance.documentStatus.beingSigned";
    }
}
