-- The day a task was reported done, so that slippage counts when it really finished.
alter table planning_task add column done_on date;

-- A decision another module proposed (a plan baseline, say) names that module's subject: its words cannot be changed
-- in the log, only withdrawn, so the board approves exactly what was proposed.
alter table governance_decision add column proposed_for varchar(40);
