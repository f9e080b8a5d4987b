-- Uploads waiting for confirmation, of every kind of import (measurements, tasks), in one table kept by the platform.
-- The partnership is a scope, not a reference: the platform knows no partnerships, and uploads live a day at most.
create table platform_upload (
    id             varchar(36)              primary key,
    kind           varchar(40)              not null,
    partnership_id bigint                   not null,
    person_id      bigint                   not null,
    file_name      varchar(255),
    rows_csv       text                     not null,
    created_at     timestamp with time zone not null
);

create index platform_upload_created on platform_upload (created_at);

insert into platform_upload (id, kind, partnership_id, person_id, file_name, rows_csv, created_at)
select id, 'outcome-measurements', partnership_id, person_id, file_name, rows_csv, created_at from outcome_import;

drop table outcome_import;
