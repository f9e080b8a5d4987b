-- What an indicator counts: people, another count (both never negative), or another measure.
alter table outcome_indicator add column measure varchar(20) default 'OTHER' not null;

-- A period is approved by the board jointly: each board member's approval, for the organisation and sector of their
-- seat (both null for a service user or carer).
create table outcome_period_approval (
    signoff_id      bigint      not null references outcome_period_signoff (id),
    person_id       bigint      not null references directory_person (id),
    organisation_id bigint references directory_organisation (id),
    sector          varchar(20),
    approved_at     timestamp with time zone not null,
    primary key (signoff_id, person_id)
);
insert into outcome_period_approval (signoff_id, person_id, organisation_id, sector, approved_at)
    select s.id, s.approved_by, p.organisation_id, o.sector, s.approved_at
      from outcome_period_signoff s
      join directory_person p on p.id = s.approved_by
      left join directory_organisation o on o.id = p.organisation_id
     where s.approved_by is not null;

-- When values change after submission the approvals are withdrawn; this says when that last happened.
alter table outcome_period_signoff add column reopened_at timestamp with time zone;
