/**
 * Infrastructure every feature module uses: the audit trail, error handling for pages and the JSON API, and the
 * page layout. Holds no domain concepts of its own.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package scot.cairn.platform;
