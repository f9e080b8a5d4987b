/**
 * Organisations (public bodies, charities, social enterprises, community groups, companies) and the people who work
 * in them or use services. A person belongs to at most one organisation; service users and carers may belong to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = "platform")
package scot.cairn.directory;
