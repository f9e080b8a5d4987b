-- A decision's risk number now names an item of the partnership's register, held by a foreign key. References made
-- before the register existed name nothing in it: they are kept word for word in risk_text (an approved decision does
-- not change) and the number is cleared, so that the key holds for every row.
alter table governance_decision add column risk_text varchar(20);

update governance_decision
   set risk_text = cast(risk_id as varchar(20)), risk_id = null
 where risk_id is not null
   and not exists (select 1 from risk_risk r
                    where r.partnership_id = governance_decision.partnership_id and r.number = governance_decision.risk_id);

alter table governance_decision add constraint governance_decision_risk
    foreign key (partnership_id, risk_id) references risk_risk (partnership_id, number);
