package scot.cairn.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSourceResolvable;
import scot.cairn.platform.web.CairnMessages;

/**
 * Messages as an English reader sees them, for tests without Spring that check the words a rule refuses with. Reads
 * the same bundles as the application.
 */
public final class English {

    private static final CairnMessages MESSAGES = messages();

    private English() {}

    public static String of(MessageSourceResolvable message) {
        return MESSAGES.getMessage(message, Locale.ENGLISH);
    }

    public static Map<String, String> of(Map<String, ? extends MessageSourceResolvable> messages) {
        var words = new LinkedHashMap<String, String>();
        messages.forEach((field, message) -> words.put(field, of(message)));
        return words;
    }

    public static List<String> of(List<? extends MessageSourceResolvable> messages) {
        return messages.stream().map(English::of).toList();
    }

    private static CairnMessages messages() {
        var source = new CairnMessages();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            source.setBasenames(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length()))
                    .toArray(String[]::new));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
