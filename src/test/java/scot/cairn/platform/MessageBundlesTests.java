package scot.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The message bundles stay complete: English, Welsh and Gaelic have exactly the same keys, every translation uses the
 * same arguments as the English, nothing is left in English without saying so, and every key that a template or the
 * code names is there.
 */
class MessageBundlesTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final List<String> TRANSLATIONS = List.of("cy", "gd");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\"((?:platform|partnership|governance|outcome|sroi|identity|directory|risk|planning|report|meeting|engagement|consultation|tendering|demo)\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])\"");
    private static final Pattern KEY_IN_TEMPLATE =
            Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]|#messages\\.msg(?:OrNull)?\\('([A-Za-z0-9_.-]+)'");

    static List<String> modules() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> bundle(String module, String language) {
        var file = BUNDLES.resolve(module + (language.equals("en") ? "" : "_" + language) + ".properties");
        var properties = new Properties();
        if (Files.exists(file)) {
            try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var map = new TreeMap<String, String>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    /** Every English key, from every module's bundle. */
    static Set<String> englishKeys() {
        return modules().stream()
                .flatMap(m -> bundle(m, "en").keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Keys whose translation a native speaker should check, listed per module in {@code i18n/review/<module>_cy.txt}. */
    static Set<String> toReview(String language) {
        try (Stream<Path> files = Files.list(BUNDLES.resolve("review"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith("_" + language + ".txt"))
                    .flatMap(n -> keyList("review/" + n).stream())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys whose words are the same in every language on purpose, such as the names of the languages. */
    static Set<String> sameEverywhere() {
        return keyList("same.txt");
    }

    private static Set<String> keyList(String name) {
        var file = BUNDLES.resolve(name);
        try {
            return Files.exists(file)
                    ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .map(l -> l.split("\\s+")[0])
                            .collect(Collectors.toSet())
                    : Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        var problems = new ArrayList<String>();
        for (var module : modules()) {
            var english = bundle(module, "en").keySet();
            for (var language : TRANSLATIONS) {
                var translated = bundle(module, language).keySet();
                english.stream()
                        .filter(k -> !translated.contains(k))
                        .forEach(k -> problems.add(module + "_" + language + " lacks " + k));
                translated.stream()
                        .filter(k -> !english.contains(k))
                        .forEach(k -> problems.add(module + "_" + language + " has " + k + ", which English lacks"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void translationsUseTheSameArgumentsAndAreWordsNotEnglish() {
        var problems = new ArrayList<String>();
        for (var module : modules()) {
            var english = bundle(module, "en");
            for (var language : TRANSLATIONS) {
                var review = new java.util.HashSet<>(toReview(language));
                review.addAll(sameEverywhere());
                bundle(module, language).forEach((key, value) -> {
                    var source = english.get(key);
                    if (source == null) {
                        return;
                    }
                    if (!arguments(source).equals(arguments(value))) {
                        problems.add(language + " " + key + " uses arguments " + arguments(value) + ", English "
                                + arguments(source));
                    }
                    if (value.equals(source) && hasWords(source) && !review.contains(key)) {
                        problems.add(
                                language + " " + key + " is still English: translate it, or list it in review/<module>_"
                                        + language + ".txt (or same.txt)");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageIsWellFormed() {
        var problems = new ArrayList<String>();
        for (var module : modules()) {
            for (var language :
                    Stream.concat(Stream.of("en"), TRANSLATIONS.stream()).toList()) {
                bundle(module, language).forEach((key, value) -> {
                    if (value.isBlank()) {
                        problems.add(language + " " + key + " is empty");
                    }
                    if (value.indexOf('\'') >= 0) {
                        problems.add(language + " " + key + " has a straight apostrophe: write ’ instead");
                    }
                    if (!key.startsWith(module + ".") && !key.startsWith("typeMismatch")) {
                        problems.add(key + " is in the " + module + " bundle: keys start with their module");
                    }
                    try {
                        new MessageFormat(value);
                    } catch (IllegalArgumentException e) {
                        problems.add(language + " " + key + " is not a valid message: " + e.getMessage());
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesNameIsInTheBundles() throws IOException {
        var keys = englishKeys();
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var m = KEY_IN_TEMPLATE.matcher(Files.readString(file));
                while (m.find()) {
                    var key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!keys.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        var keys = englishKeys();
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLabelledValueHasItsName() throws ClassNotFoundException {
        var keys = englishKeys();
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        var missing = new TreeSet<String>();
        int enums = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("scot.cairn")) {
            var type = Class.forName(candidate.getBeanClassName());
            if (type.isEnum()) {
                enums++;
                for (var value : type.getEnumConstants()) {
                    var key = ((Labelled) value).labelKey();
                    if (!keys.contains(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(enums).as("labelled enums found").isPositive();
        assertThat(missing).isEmpty();
    }

    private static Set<String> arguments(String message) {
        var found = new TreeSet<String>();
        var m = ARGUMENT.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Words a translator would change; not a number, a placeholder or an acronym such as SROI. */
    private static boolean hasWords(String message) {
        return Pattern.compile("\\p{Ll}{3,}")
                .matcher(message.replaceAll("\\{[^}]*}", ""))
                .find();
    }
}
