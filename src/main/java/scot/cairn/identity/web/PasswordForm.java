package scot.cairn.identity.web;

/** Changing your own password: the current one, then the new one twice. Never shown back on the page. */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }
}
