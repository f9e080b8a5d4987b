package scot.cairn.governance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * The checked text of every section of one document: unknown sections refused, line endings made LF, surrounding
 * blank space removed, each section at most {@link #MAX} characters, and the kind's first section written.
 */
record DocumentTexts(DocumentKind kind, Map<String, String> texts) {

    static final int MAX = 10_000;

    /** The most a section keeps of what the records say (the column holds more). */
    static final int RECORDS_MAX = 500_000;

    /** @param given section key to text; missing sections are empty */
    static DocumentTexts check(DocumentKind kind, Map<String, String> given) {
        var errors = new InvalidInputException.Collector();
        var known =
                kind.sections().stream().map(DocumentKind.DocumentSection::key).collect(Collectors.toSet());
        var safe = given == null ? Map.<String, String>of() : given;
        for (var key : safe.keySet()) {
            errors.rejectIf(!known.contains(key), "sections[" + key + "]", kind.key("noSection"), key);
        }
        var texts = new LinkedHashMap<String, String>();
        for (var s : kind.sections()) {
            var text = normalise(safe.get(s.key()));
            String field = "sections[" + s.key() + "]";
            errors.rejectIf(
                    text.length() > MAX,
                    field,
                    "governance.section.tooLong",
                    Message.of(s.headingKey()),
                    MAX,
                    text.length());
            texts.put(s.key(), text);
        }
        var first = kind.sections().get(0);
        errors.rejectIf(texts.get(first.key()).isEmpty(), "sections[" + first.key() + "]", kind.key("firstMissing"));
        errors.throwIfAny();
        return new DocumentTexts(kind, texts);
    }

    /**
     * The sections to store, each with what {@code records} (null for none) says for it.
     *
     * @throws InvalidInputException on a section whose records are longer than {@link #RECORDS_MAX}
     */
    Set<SectionText> sections(Map<String, String> records) {
        var errors = new InvalidInputException.Collector();
        for (var s : kind.sections()) {
            int length = records == null ? 0 : normalise(records.get(s.key())).length();
            errors.rejectIf(
                    length > RECORDS_MAX,
                    "sections[" + s.key() + "]",
                    "governance.section.recordsTooLong",
                    Message.of(s.headingKey()),
                    RECORDS_MAX,
                    length);
        }
        errors.throwIfAny();
        return texts.entrySet().stream()
                .map(e -> new SectionText(
                        e.getKey(), e.getValue(), records == null ? "" : normalise(records.get(e.getKey()))))
                .collect(Collectors.toSet());
    }

    static String normalise(String text) {
        return text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
