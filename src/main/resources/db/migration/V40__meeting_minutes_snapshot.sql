-- Approved minutes keep who was there as they were then: each invitee's name, organisation, sector and whether they
-- sat for service users, written when the minutes are approved, so that the minutes and their quorum read the same
-- after people leave or change seats.
alter table meeting_invitee add column kept_name varchar(200);
alter table meeting_invitee add column kept_organisation varchar(200);
alter table meeting_invitee add column kept_sector varchar(20);
alter table meeting_invitee add column kept_service_user boolean;
