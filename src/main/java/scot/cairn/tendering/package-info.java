/**
 * The road to tender: for now, the declarations of interests of the people who design the service or will evaluate
 * bids, and the Procurement Representative's review of each (the risk and the measures taken), which decides who may
 * evaluate. Access is the partnership module's: every member who takes part declares for themselves; the Procurement
 * Representative and managers review ({@code Editors.PROCUREMENT}); they and the board read every declaration, others
 * only their own.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Tendering",
        allowedDependencies = {"platform", "directory", "identity", "partnership", "engagement"})
package scot.cairn.tendering;
