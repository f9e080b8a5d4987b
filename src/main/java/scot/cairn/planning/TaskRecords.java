package scot.cairn.planning;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.NumberedRecords;

/** The plan's tasks, for links from elsewhere (an agenda item, a consultation theme that changed the plan). */
@Component
class TaskRecords extends NumberedRecords {

    TaskRecords(JdbcClient jdbc) {
        super(jdbc, "TASK", "planning.link.kind", "planning_task", "T-", "plan/tasks/");
    }
}
