package scot.cairn.identity.web;

/** A password chosen through a link sent by email (a reset or an invitation), typed twice. */
record NewPasswordForm(String password, String confirmPassword) {

    static NewPasswordForm empty() {
        return new NewPasswordForm(null, null);
    }
}
