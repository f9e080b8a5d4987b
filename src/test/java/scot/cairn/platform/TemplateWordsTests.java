package scot.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No template shows words of its own: every visible word comes from the bundles through {@code #{...}}. Text inside an
 * element whose content Thymeleaf replaces ({@code th:text}, {@code th:utext}, {@code th:replace}...) is only a
 * placeholder for people reading the template, and is allowed; so are the deliberate exceptions below.
 */
class TemplateWordsTests {

    /** Words that are the same in every language: the product's name. */
    private static final Set<String> ALLOWED = Set.of("Cairn");

    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");
    private static final List<String> WORDY_ATTRIBUTES = List.of("title", "alt", "aria-label", "placeholder");
    private static final List<String> EXPRESSION_ATTRIBUTES = List.of(
            "th:text", "th:utext", "th:title", "th:alt", "th:aria-label", "th:placeholder", "th:value", "th:content");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+\\.?");

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void templatesShowOnlyWordsFromTheBundles() throws IOException {
        var problems = new ArrayList<String>();
        // -Dcairn.templates=governance checks one folder while a module is being moved into its bundle.
        var only = System.getProperty("cairn.templates", "");
        for (var file : templates()) {
            if (file.toString().contains("templates/" + only)) {
                problems.addAll(problems(file));
            }
        }
        assertThat(problems).isEmpty();
    }

    static List<String> problems(Path file) throws IOException {
        var name = Path.of("src/main/resources/templates").relativize(file).toString();
        var document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
        var problems = new ArrayList<String>();
        for (Element e : document.getAllElements()) {
            for (var node : e.textNodes()) {
                var text = node.text().strip();
                if (visible(node) && LETTERS.matcher(text).find() && !ALLOWED.contains(text)) {
                    problems.add(name + ": text \"" + shorten(text) + "\" in <" + e.tagName() + ">");
                }
            }
            for (var attribute : WORDY_ATTRIBUTES) {
                var value = e.attr(attribute);
                if (LETTERS.matcher(value).find()) {
                    problems.add(name + ": " + attribute + "=\"" + shorten(value) + "\" on <" + e.tagName() + ">");
                }
            }
            if (e.tagName().equals("input")
                    && e.hasAttr("value")
                    && e.attr("type").matches("submit|button")) {
                problems.add(name + ": a button's value \"" + e.attr("value") + "\"");
            }
            for (var attribute : EXPRESSION_ATTRIBUTES) {
                if (e.hasAttr(attribute)) {
                    literalWords(e.attr(attribute))
                            .forEach(
                                    w -> problems.add(name + ": " + attribute + " has the words '" + shorten(w) + "'"));
                }
            }
        }
        return problems;
    }

    /** Words written inside an expression, such as {@code ${x ? 'Approved' : ''}}, rather than a key. */
    static List<String> literalWords(String expression) {
        var words = new ArrayList<String>();
        var withoutMessages = expression
                .replaceAll("#\\{[^}]*}", "")
                .replaceAll("#messages\\.msg\\w*\\('[^']*'", "")
                .replaceAll("#temporals\\.format\\([^)]*\\)", "")
                .replaceAll("#numbers\\.\\w+\\([^)]*\\)", "");
        var m = QUOTED.matcher(withoutMessages);
        while (m.find()) {
            var literal = m.group(1);
            if (LETTERS.matcher(literal).find() && !KEY_LIKE.matcher(literal).matches() && !symbol(literal)) {
                words.add(literal);
            }
        }
        return words;
    }

    /** A value compared against, such as an enum's name ('APPROVED') or a CSS class, not words for a person. */
    private static boolean symbol(String literal) {
        return literal.matches("[A-Z][A-Z0-9_]*")
                || literal.matches("[a-z0-9]+(-{1,2}[a-z0-9!]+)+")
                || literal.matches("#?[a-z]+");
    }

    private static boolean visible(TextNode node) {
        for (Element e = (Element) node.parent(); e != null; e = e.parent()) {
            if (e.tagName().equals("script") || e.tagName().equals("style")) {
                return false;
            }
            // The page's <html> is replaced by the layout, which shows the page's content: that is not a placeholder.
            if (!e.tagName().equals("html")
                    && e.attributes().asList().stream().anyMatch(a -> REPLACING.contains(a.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
