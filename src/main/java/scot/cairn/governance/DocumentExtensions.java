package scot.cairn.governance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.platform.Message;

/** The {@link DocumentExtension}s of every module, found by kind; a kind with none adds nothing and refuses nothing. */
@Component
class DocumentExtensions {

    private final List<DocumentExtension> extensions;

    DocumentExtensions(List<DocumentExtension> extensions) {
        this.extensions = List.copyOf(extensions);
    }

    /** What the records say for each section, or null when nothing extends this kind. */
    Map<String, String> records(DocumentKind kind, Access access, Locale language) {
        return of(kind).map(e -> e.records(access, language)).orElse(null);
    }

    Optional<Message> refusal(DocumentKind kind, Access access) {
        return of(kind).flatMap(e -> e.refusal(access));
    }

    List<Message> flags(DocumentKind kind, Access access) {
        return of(kind).map(e -> e.flags(access)).orElse(List.of());
    }

    private Optional<DocumentExtension> of(DocumentKind kind) {
        return extensions.stream().filter(e -> e.kind() == kind).findFirst();
    }
}
