-- People without an email address (carers, people who use services): a name only, with optional contact by phone or
-- post and what they agreed to. The email address stays unique when there is one; several people may have none.
alter table directory_person alter column email drop not null;
alter table directory_person add column phone varchar(40);
alter table directory_person add column postal_address varchar(500);
alter table directory_person add column consent varchar(1000);
alter table directory_person add column consent_on date;
alter table directory_person add column recorded_by bigint references directory_person (id);
