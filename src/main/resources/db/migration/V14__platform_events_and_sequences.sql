-- Spring Modulith's event publication registry (schema version 2): each event a listener has still to handle, so
-- that an event published in a committed transaction is not lost when the process stops before handling it.
create table event_publication (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar      not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);

-- Gap-free numbers per owner (decisions D-1, D-2... of one partnership).
create table platform_sequence (
    name       varchar(60) not null,
    owner_id   bigint      not null,
    last_value integer     not null,
    primary key (name, owner_id)
);
insert into platform_sequence (name, owner_id, last_value)
    select 'governance-decision', partnership_id, max(number) from governance_decision group by partnership_id;
