-- A consultation's results published to the people consulted, without the free-text answers the team hid.
alter table consultation_answer add column redacted boolean default false not null;

create table consultation_summary (
    consultation_id bigint                   primary key references consultation_consultation (id),
    published_at    timestamp with time zone not null,
    published_by    bigint                   not null references directory_person (id)
);
