-- Gates are approved by board members; a service user or carer on the board approves for no organisation.
alter table partnership_gate_approval alter column organisation_id drop not null;
alter table partnership_gate_approval alter column sector drop not null;

-- Going ahead although some evidence is weak needs a written reason, kept with the decision.
alter table partnership_partnership add column assessment_justification varchar(2000);
