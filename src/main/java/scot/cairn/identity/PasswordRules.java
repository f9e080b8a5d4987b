package scot.cairn.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cairn.platform.Message;

/**
 * What a new password must be: {@value #MIN} to {@value #MAX} characters, not on the list of common passwords that
 * ships with Cairn, not an obvious shape (one character or a short group repeated, or a straight run such as
 * 123456789012), and not the person's email address. Characters are counted as a person sees them, after Unicode
 * normalisation, so an accented letter or an emoji is one whatever its size in bytes.
 */
final class PasswordRules {

    static final int MIN = 12;
    static final int MAX = 128;

    static final Message TOO_SHORT = Message.of("identity.password.tooShort", MIN);
    static final Message TOO_LONG = Message.of("identity.password.tooLong", MAX);
    static final Message COMMON = Message.of("identity.password.common");
    static final Message SHAPE = Message.of("identity.password.shape");
    static final Message EMAIL = Message.of("identity.password.email");

    private static final String LIST = "/identity/common-passwords.txt";
    private static final Set<String> COMMON_PASSWORDS = load();
    private static final int LONGEST_REPEATED_GROUP = 4;

    private PasswordRules() {}

    /** What is wrong with a new password for the person with this email address, if anything. */
    static Optional<Message> problem(String password, String email) {
        return problem(password).or(() -> emailProblem(password, email));
    }

    /** What is wrong with a new password whoever it is for, if anything. */
    static Optional<Message> problem(String password) {
        int[] characters = password == null
                ? new int[0]
                : normalised(password).codePoints().toArray();
        if (characters.length < MIN) {
            return Optional.of(TOO_SHORT);
        }
        if (characters.length > MAX) {
            return Optional.of(TOO_LONG);
        }
        if (COMMON_PASSWORDS.contains(key(password))) {
            return Optional.of(COMMON);
        }
        int[] lowerCase =
                normalised(password).toLowerCase(Locale.ROOT).codePoints().toArray();
        if (repeatsAShortGroup(lowerCase) || isStraightRun(lowerCase)) {
            return Optional.of(SHAPE);
        }
        return Optional.empty();
    }

    /** Whether the password is the email address, or its local part give or take digits and symbols. */
    static Optional<Message> emailProblem(String password, String email) {
        if (password == null || email == null || email.isBlank()) {
            return Optional.empty();
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        String localPart = lettersOf(address.substring(0, Math.max(0, address.indexOf('@'))));
        boolean isEmail = key(password).contains(address.replaceAll("\\s", ""));
        boolean isLocalPart = !localPart.isEmpty() && lettersOf(key(password)).equals(localPart);
        return isEmail || isLocalPart ? Optional.of(EMAIL) : Optional.empty();
    }

    /**
     * The same text typed on different devices can arrive composed (é) or decomposed (e and an accent); both must
     * hash alike and count alike.
     */
    static String normalised(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    private static String key(String password) {
        return normalised(password).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    }

    private static String lettersOf(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** aaaaaaaaaaaa, abababababab, abcabcabcabc, 1234123412341234. */
    private static boolean repeatsAShortGroup(int[] characters) {
        for (int group = 1; group <= LONGEST_REPEATED_GROUP; group++) {
            boolean repeats = true;
            for (int i = group; i < characters.length && repeats; i++) {
                repeats = characters[i] == characters[i - group];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** abcdefghijkl, 123456789012 (the digits go round from 9 to 0), zyxwvutsrqpo, 210987654321. */
    private static boolean isStraightRun(int[] characters) {
        if (characters.length < 2) {
            return false;
        }
        int direction = step(characters[0], characters[1]);
        if (direction == 0) {
            return false;
        }
        for (int i = 2; i < characters.length; i++) {
            if (step(characters[i - 1], characters[i]) != direction) {
                return false;
            }
        }
        return true;
    }

    private static int step(int from, int to) {
        if (from == '9' && to == '0') {
            return 1;
        }
        if (from == '0' && to == '9') {
            return -1;
        }
        int difference = to - from;
        return Math.abs(difference) == 1 ? difference : 0;
    }

    private static Set<String> load() {
        var in = PasswordRules.class.getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException(LIST + " is missing from the class path");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(PasswordRules::key)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
