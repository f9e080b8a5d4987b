/**
 * The road to tender: the declarations of interests of the people who design the service or will evaluate bids, and
 * the Procurement Representative's review of each (the risk and the measures taken), which decides who may evaluate;
 * the expected procurement, the pipeline and its OCDS planning releases; community benefits; the prior-involvement
 * report; the specification's requirements traced to their evidence; and what the service specification (a
 * governance document) carries from all of these, with the rule that the board approves it only once no declaration
 * waits for review. Access is the partnership module's: every member who takes part declares for themselves; the
 * Procurement Representative and managers review and write ({@code Editors.PROCUREMENT}); they and the board read
 * every declaration, others only their own.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Tendering",
        allowedDependencies = {"platform", "directory", "identity", "partnership", "engagement", "governance", "outcome"
        })
package scot.cairn.tendering;
