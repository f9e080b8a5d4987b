-- The periods that hold values but have not been submitted, one row each: what the to-do lists read to tell the
-- people who edit evidence that a period waits for submission. Finding them from the measurements themselves meant
-- reading every measurement of every partnership a person belongs to (a programme owner belongs to thousands). A row
-- is added when a period first gets a value and removed when the period is submitted; measurements are never deleted.
create table outcome_period_unsubmitted (
    partnership_id bigint      not null references partnership_partnership (id),
    period         varchar(7)  not null,
    primary key (partnership_id, period)
);

insert into outcome_period_unsubmitted (partnership_id, period)
select distinct m.partnership_id, m.period
  from outcome_measurement m
 where not exists (select 1 from outcome_period_signoff s
                    where s.partnership_id = m.partnership_id and s.period = m.period);

-- The periods waiting for the board's approval are found by partnership among the open sign-offs alone.
create index outcome_period_signoff_open on outcome_period_signoff (partnership_id, approved_at);
