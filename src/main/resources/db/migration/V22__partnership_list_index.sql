-- "My partnerships" reads a person's memberships with their role from the index alone, however many partnerships
-- there are (the bench account is a member of 5,000). It replaces the index on person_id, which it covers.
create index partnership_member_person_partnership on partnership_member (person_id, partnership_id, role);
drop index partnership_member_person;

-- Lists sort and search by the title in lower case. An index on lower(title) is not possible on both databases, so
-- the key is kept beside the title (as directory_organisation.name_key is) and indexed with the id that breaks ties.
alter table partnership_partnership add column title_key varchar(200);
update partnership_partnership set title_key = lower(title);
alter table partnership_partnership alter column title_key set not null;
create index partnership_partnership_title on partnership_partnership (title_key, id);
