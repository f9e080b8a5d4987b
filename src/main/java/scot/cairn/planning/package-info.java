/**
 * The partnership's plan: tasks (with an owner, dates, status, progress, the workstream and stage they belong to, and
 * finish-to-start dependencies that may not form a cycle) and milestones (a date and an owner; one passed without
 * being reached is missed). Access is the partnership module's: members read; the Project Manager and managers change
 * the plan ({@code Editors.PLAN}); a task's owner reports its progress; everyone else gets 404. Tasks and milestones
 * due wait on their owner's to-do list. Workstreams are the project team's, asked of governance.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Planning",
        allowedDependencies = {"platform", "identity", "partnership", "governance"})
package scot.cairn.planning;
