package scot.cairn.identity.web;

/** "Forgot your password?": the address to send a reset link to. */
record ResetRequestForm(String email) {}
