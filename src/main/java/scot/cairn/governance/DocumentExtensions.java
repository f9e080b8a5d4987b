package scot.cairn.governance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
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

    /**
     * What the records say for each section, or null when nothing extends this kind. The words are made with the
     * language given as the current one too, so that a record whose label is formatted on the spot (a report's
     * dates) reads the same whoever asks: a check before approval compares in the version's language.
     */
    Map<String, String> records(DocumentKind kind, Access access, Locale language) {
        var extension = of(kind);
        if (extension.isEmpty()) {
            return null;
        }
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(language);
        try {
            return extension.get().records(access, language);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    Optional<Message> refusal(DocumentKind kind, Access access) {
        return of(kind).flatMap(e -> e.refusal(access));
    }

    List<Message> flags(DocumentKind kind, Access access) {
        return of(kind).map(e -> e.flags(access)).orElse(List.of());
    }

    /**
     * Whether what the records say now, in the language the version's records were written in and as the reader
     * sees them, differs from what the version carries; false for a kind without records.
     */
    boolean stale(DocumentVersion v, Access access) {
        if (v.recordsLanguage() == null) {
            return false;
        }
        var now = records(v.kind(), access, Locale.forLanguageTag(v.recordsLanguage()));
        if (now == null) {
            return false;
        }
        return v.kind().sections().stream()
                .anyMatch(s -> !DocumentTexts.normalise(now.get(s.key())).equals(v.records(s.key())));
    }

    private Optional<DocumentExtension> of(DocumentKind kind) {
        return extensions.stream().filter(e -> e.kind() == kind).findFirst();
    }
}
