-- "My partnerships" reads a person's memberships with their role from the index alone, however many partnerships
-- there are (the bench account is a member of 5,000). It replaces the index on person_id, which it covers.
create index partnership_member_person_partnership on partnership_member (person_id, partnership_id, role);
drop index partnership_member_person;
