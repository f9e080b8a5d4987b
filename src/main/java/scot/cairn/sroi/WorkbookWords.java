package scot.cairn.sroi;

import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The sroi bundles read without Spring, for words written into files and stored records: a workbook is written in its
 * reader's language, and read back whichever of Cairn's languages its sheets, headings and settings are in.
 */
final class WorkbookWords {

    /** The languages a workbook may be written in, and read back from. */
    static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"), Locale.forLanguageTag("gd"));

    static final WorkbookWords ENGLISH = of(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private WorkbookWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "i18n/sroi",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The workbook's words in {@code locale}; English for a language Cairn does not have. */
    static WorkbookWords of(Locale locale) {
        var language = LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
        return new WorkbookWords(language);
    }

    /** The words of {@code key} with its arguments. */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The words of {@code key} in every language, English first: what a heading may be when a workbook is read. */
    static Set<String> inEveryLanguage(String key) {
        var words = new LinkedHashSet<String>();
        for (var language : LANGUAGES) {
            words.add(of(language).get(key));
        }
        return words;
    }
}
