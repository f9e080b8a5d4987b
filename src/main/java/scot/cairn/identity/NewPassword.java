package scot.cairn.identity;

/**
 * A new password that has passed the rules which do not depend on whose it is, already hashed, from {@link
 * PasswordService#prepare}. Hashing is slow on purpose, so accounts that share a password (the demo accounts) can
 * share one of these. The plain text is kept only so that {@link AccountService#open} can check it against the
 * person's email address; it is never stored or shown.
 */
public final class NewPassword {

    private final String plainText;
    private final String hash;

    NewPassword(String plainText, String hash) {
        this.plainText = plainText;
        this.hash = hash;
    }

    String plainText() {
        return plainText;
    }

    String hash() {
        return hash;
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
