package scot.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code hands people keys, not English: every refusal, banner and message is built from a bundle key, so a string with
 * words in it passed where a key belongs is English that Welsh and Gaelic readers would see untranslated.
 */
class WordsInCodeTests {

    /** Calls whose text reaches a person. */
    private static final Pattern CALL = Pattern.compile("(Message\\.of|new Message|InvalidInputException\\.of"
            + "|rejectIf|new ForbiddenException|addFlashAttribute|Problem\\.of|new Problem|\\.reject)\\(");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,} \\p{L}");

    @Test
    void messagesAreKeysNotEnglish() throws IOException {
        var problems = new ArrayList<String>();
        for (var file : javaFiles()) {
            problems.addAll(problems(file));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void englishPassedForAKeyIsFoundAcrossLines(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        var file = folder.resolve("Example.java");
        Files.writeString(file, """
                class Example {
                    void check() {
                        errors.rejectIf(title == null, "title",
                                "Enter a title");
                        throw InvalidInputException.of("title", "governance.decision.title.required");
                    }
                }
                """);
        assertThat(problems(file)).singleElement().asString().contains(":3 passes words", "Enter a title");
    }

    static List<String> problems(Path file) throws IOException {
        var code = Files.readString(file);
        var problems = new ArrayList<String>();
        var call = CALL.matcher(code);
        while (call.find()) {
            int end = code.indexOf(';', call.end());
            var statement = code.substring(call.start(), end < 0 ? code.length() : end);
            var literal = LITERAL.matcher(statement);
            while (literal.find()) {
                if (WORDS.matcher(literal.group(1)).find()) {
                    int line = code.substring(0, call.start()).split("\n", -1).length;
                    problems.add(file + ":" + line + " passes words, not a key: \"" + literal.group(1) + "\"");
                }
            }
        }
        return problems;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/scot/cairn"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
