-- An uploaded impact-map workbook waiting for its preview to be confirmed. It belongs to the person who uploaded it,
-- for one analysis, and remembers the analysis version it was checked against: a confirm after a change is refused.
create table sroi_workbook_import (
    id               varchar(36)  primary key,
    partnership_id   bigint       not null references partnership_partnership (id),
    analysis_id      bigint       not null references sroi_analysis (id),
    person_id        bigint       not null references directory_person (id),
    analysis_version integer      not null,
    file_name        varchar(255) not null,
    content          bytea        not null,
    created_at       timestamp with time zone not null
);
