/**
 * The risks and issues register of a partnership: each risk scored on likelihood and impact, with a response, an
 * owner who reviews it by a date, and the history of its reviews; an issue is a risk that has happened, or one raised
 * directly. Open items scoring above the board's tolerance, or marked for escalation, are listed for the board.
 * Access is the partnership module's: members read, the Project Manager and managers change the register
 * ({@code Editors.RISKS}), an owner reviews their own risk, everyone else gets 404. Overdue reviews wait on the
 * owner's to-do list. The decision log names items by number through governance's RiskRegister question.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Risk",
        allowedDependencies = {"platform", "identity", "partnership", "governance"})
package scot.cairn.risk;
