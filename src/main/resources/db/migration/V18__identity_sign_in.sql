-- Failed sign-ins are counted per email address tried, whether or not it belongs to an account, so that an address
-- without an account locks exactly like one with an account and the lock-out cannot tell anyone which addresses
-- exist. Only a SHA-256 of the normalised address is kept. A row expires 15 minutes after the last failure or when
-- its lock ends, and expired rows are deleted, so the table only holds the last 15 minutes' failures.
create table identity_sign_in_attempt (
    email_hash   varchar(64) primary key,
    failures     integer     not null,
    locked_until timestamp with time zone,
    expires_at   timestamp with time zone not null
);
create index identity_sign_in_attempt_expiry on identity_sign_in_attempt (expires_at);

-- The count and lock move to identity_sign_in_attempt; a lock in force during the upgrade (15 minutes at most) ends.
alter table identity_account drop column failed_attempts;
alter table identity_account drop column locked_until;

-- Sessions signed in before this instant are ended on their next request (set when the password changes).
alter table identity_account add column sessions_valid_from timestamp with time zone;
