-- The service specification is a third signed document beside the MoU and the PID. Each section of a version keeps,
-- beside its written text, what the partnership's records said for it when the version was saved (requirements,
-- outcome targets and approved results, volumes, community benefits, the expected procurement), and the version
-- keeps the language those words were written in; both are empty for the MoU and the PID, so their text and
-- signatures read as before.
alter table governance_document_section add column from_records varchar(1000000) default '' not null;
alter table governance_document_version add column records_language varchar(35);
