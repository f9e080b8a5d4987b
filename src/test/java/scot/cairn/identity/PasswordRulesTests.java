package scot.cairn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTests {

    static final String EMAIL = "fiona.reid@falkirk.example";

    @Test
    void twelveCharactersAreEnoughAndElevenAreNot() {
        assertThat(PasswordRules.problem("river stone ")).isEmpty();
        assertThat(PasswordRules.problem("river stone")).contains(PasswordRules.TOO_SHORT);
        assertThat(PasswordRules.problem(null)).contains(PasswordRules.TOO_SHORT);
        assertThat(PasswordRules.problem("")).contains(PasswordRules.TOO_SHORT);
    }

    @Test
    void upTo128CharactersAreAllowedAnd129AreNot() {
        String allowed = words(128);
        assertThat(allowed).hasSize(128);
        assertThat(PasswordRules.problem(allowed)).isEmpty();
        assertThat(PasswordRules.problem(allowed + "x")).contains(PasswordRules.TOO_LONG);
    }

    @Test
    void charactersAreCountedAsPeopleSeeThemNotInBytesOrJavaChars() {
        // 128 emoji are 256 Java chars and 512 bytes of UTF-8; 128 accented letters are 256 bytes.
        String emoji = emoji(128);
        assertThat(emoji).hasSize(256);
        assertThat(emoji.getBytes(StandardCharsets.UTF_8)).hasSize(512);
        assertThat(PasswordRules.problem(emoji)).isEmpty();
        assertThat(PasswordRules.problem(emoji(129))).contains(PasswordRules.TOO_LONG);

        String welsh = welshAndGaelic(128);
        assertThat(welsh.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(200);
        assertThat(PasswordRules.problem(welsh)).isEmpty();
        assertThat(PasswordRules.problem(welshAndGaelic(11))).contains(PasswordRules.TOO_SHORT);
    }

    @Test
    void aDecomposedAccentCountsAsOneCharacter() {
        // "ŵ" typed as w followed by a combining circumflex: 12 characters a person sees, 17 Java chars.
        String decomposed = "cŵn a chŵŵŵŵ".replace("ŵ", "w\u0302");
        assertThat(decomposed.length()).isEqualTo(17);
        assertThat(PasswordRules.problem(decomposed)).isEmpty();
        assertThat(PasswordRules.problem(decomposed.substring(0, 15))).contains(PasswordRules.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"password1234", "PASSWORD1234", "Password1234", "Correct Horse Battery Staple", "qwerty123456"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThat(PasswordRules.problem(password)).contains(PasswordRules.COMMON);
    }

    @Test
    void everyPasswordOnTheShippedListIsRefused() throws IOException {
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/identity/common-passwords.txt"))) {
            var entries = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            assertThat(entries).hasSizeGreaterThan(200);
            assertThat(entries)
                    .allSatisfy(entry -> assertThat(PasswordRules.problem(entry.toUpperCase()))
                            .as(entry)
                            .isPresent());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaaaaaaaaaa",
                "            ",
                "ababababababab",
                "abcabcabcabc",
                "1234123412341",
                "ŵŵŵŵŵŵŵŵŵŵŵŵ",
                "abcdefghijklmn",
                "ABCDEFGHIJKL",
                "234567890123",
                "987654321098",
                "zyxwvutsrqpo"
            })
    void repeatedAndStraightRunsAreRefused(String password) {
        assertThat(PasswordRules.problem(password)).contains(PasswordRules.SHAPE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "fiona.reid@falkirk.example",
                "FIONA.REID@FALKIRK.EXAMPLE",
                "my fiona.reid@falkirk.example!",
                "fiona.reid2026",
                "Fiona-Reid-2026!"
            })
    void thePersonsOwnEmailAddressIsRefused(String password) {
        assertThat(PasswordRules.problem(password)).isEmpty();
        assertThat(PasswordRules.problem(password, EMAIL)).contains(PasswordRules.EMAIL);
        assertThat(PasswordRules.problem(password, "someone.else@falkirk.example"))
                .isEmpty();
    }

    @Test
    void aPassphraseThatMentionsTheNameIsStillAllowed() {
        assertThat(PasswordRules.problem("Fiona walks the Falkirk Wheel", EMAIL))
                .isEmpty();
    }

    private static String words(int length) {
        var text = new StringBuilder();
        while (text.length() < length) {
            text.append("heather moss loch ");
        }
        return text.substring(0, length);
    }

    /** Welsh and Gaelic letters with accents, two bytes each in UTF-8. */
    static String welshAndGaelic(int length) {
        return "ŵŷâêîôûàèìòù".repeat(11).substring(0, length);
    }

    /** Different pictographs (trees, mountains, animals...), four bytes each in UTF-8 and two Java chars. */
    static String emoji(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(0x1F300 + 2 * i);
        }
        return text.toString();
    }
}
