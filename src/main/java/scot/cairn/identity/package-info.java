/**
 * Accounts, signing in and out, lock-out after repeated failures, password resets and invitations (single-use links
 * sent by email), personal API tokens, the security configuration for pages and the JSON API, and
 * {@link scot.cairn.identity.CurrentUser}: who is asking.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform", "directory"})
package scot.cairn.identity;
