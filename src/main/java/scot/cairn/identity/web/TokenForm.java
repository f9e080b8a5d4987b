package scot.cairn.identity.web;

/** A new personal API token: only its name, such as the script that will use it. */
record TokenForm(String name) {

    static TokenForm empty() {
        return new TokenForm(null);
    }
}
