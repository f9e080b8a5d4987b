-- A workstream whose lead left the partnership keeps its name and waits for a new lead.
alter table governance_workstream alter column lead_person_id drop not null;

-- A signature keeps the sector of the organisation it was given for (null for a service user), as it was then.
alter table governance_document_signature add column sector varchar(20);
update governance_document_signature s
   set sector = (select o.sector from directory_organisation o where o.id = s.organisation_id)
 where s.organisation_id is not null;

-- A version once signed off stays signed off, whoever later leaves a seat or role.
alter table governance_document_version add column signed_off_at timestamp with time zone;
-- PID versions approved by a public-sector and a third-sector board member.
update governance_document_version v
   set signed_off_at = (select max(s.signed_at) from governance_document_signature s where s.document_version_id = v.id)
 where v.kind = 'PID'
   and exists (select 1 from governance_document_signature s
                where s.document_version_id = v.id and s.sector = 'PUBLIC')
   and exists (select 1 from governance_document_signature s
                where s.document_version_id = v.id and s.sector = 'THIRD');
-- MoU versions signed for every core partner.
update governance_document_version v
   set signed_off_at = (select max(s.signed_at) from governance_document_signature s where s.document_version_id = v.id)
 where v.kind = 'MOU'
   and exists (select 1 from partnership_partner p where p.partnership_id = v.partnership_id and p.standing = 'CORE')
   and not exists (select 1 from partnership_partner p
                    where p.partnership_id = v.partnership_id and p.standing = 'CORE'
                      and not exists (select 1 from governance_document_signature s
                                       where s.document_version_id = v.id and s.organisation_id = p.organisation_id));
