-- An agenda item may point to one record of the partnership: a risk, a decision to be taken, a highlight report, a
-- version of the MoU or PID, or an SROI analysis (the kind as the owning module names it, and the record's id).
alter table meeting_agenda_item add column link_kind varchar(20);
alter table meeting_agenda_item add column link_id bigint;
