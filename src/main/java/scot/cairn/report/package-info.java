/**
 * Highlight reports from the Project Manager to the board: for a period, sections of facts generated from what the
 * other modules know (stage and gate, plan and slippage, milestones, risks and issues, decisions, overdue actions from meetings, outcomes, SROI,
 * sustainability), with the Project Manager's commentary and a red, amber or green status for the whole. Submitted
 * reports are locked and board members note them; the board is told of each submission by an event. Access is the
 * partnership module's: members read; the Project Manager and managers write ({@code Editors.REPORTS}); board
 * members note; everyone else gets 404.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Highlight reports",
        allowedDependencies = {
            "platform",
            "directory",
            "identity",
            "partnership",
            "governance",
            "planning",
            "risk",
            "outcome",
            "sroi",
            "meeting"
        })
package scot.cairn.report;
