-- Signed-in sessions, kept in the database (Spring Session JDBC) so that every application node knows every session:
-- a sign-in on one node counts on all, and signing out or changing a password on one ends the session on all.
-- Spring Session's own columns and names (spring.session.jdbc.table-name: identity_session); times are milliseconds
-- since 1970. One schema for H2 and PostgreSQL, with room for the longest email address as the principal's name.
create table identity_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320)
);
create unique index identity_session_id on identity_session (session_id);
-- Expired sessions are deleted by expiry_time (Spring Session's clean-up, a single delete, once a minute on each node).
create index identity_session_expiry on identity_session (expiry_time);
create index identity_session_principal on identity_session (principal_name);

-- Each session attribute (who is signed in, the CSRF token, the page to return to, messages shown after a redirect),
-- serialized by Java serialization; removed with its session.
create table identity_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint identity_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint identity_session_attributes_session foreign key (session_primary_id)
        references identity_session (primary_id) on delete cascade
);
