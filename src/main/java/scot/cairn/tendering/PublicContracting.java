package scot.cairn.tendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.cairn.engagement.PublicSection;
import scot.cairn.platform.Dates;
import scot.cairn.platform.Message;

/**
 * The partnership's contracts on its public page, once it has published open contracting data: each contract awarded
 * (to whom, for how much, from when, as the award was published; a concluded one as concluded, with its end) and links
 * to the OCDS release and record packages. Corrections to a record not yet concluded stay off the page until then.
 */
@Component
class PublicContracting implements PublicSection {

    private final TenderingSupport support;

    PublicContracting(TenderingSupport support) {
        this.support = support;
    }

    @Override
    public Optional<Shown> shown(long partnershipId) {
        if (support.jdbc()
                        .sql("select count(*) from tendering_release where partnership_id = ?")
                        .param(partnershipId)
                        .query(Long.class)
                        .single()
                == 0) {
            return Optional.empty();
        }
        var lines = new ArrayList<Message>(support.jdbc()
                .sql("""
                        select t.number, t.title, c.lot, c.supplier,
                               case when c.status = 'CONCLUDED' then c.amount else coalesce(a.price, c.amount) end,
                               case when c.status = 'CONCLUDED' then c.start_date else t.contract_start end,
                               c.end_date, c.status
                          from tendering_contract c
                          join tendering_tender t on t.id = c.tender_id
                          join tendering_award a on a.id = c.award_id
                         where c.partnership_id = ? order by t.number, c.lot
                        """)
                .param(partnershipId)
                .query((rs, n) -> Message.of(
                        ContractStatus.CONCLUDED.name().equals(rs.getString(8))
                                ? "tendering.public.concluded"
                                : "tendering.public.awarded",
                        rs.getInt(3) == 0
                                ? "T-" + rs.getInt(1) + " " + rs.getString(2)
                                : "T-" + rs.getInt(1) + "/" + rs.getInt(3) + " " + rs.getString(2),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        Dates.day(rs.getDate(6).toLocalDate()),
                        rs.getDate(7) == null ? "" : Dates.day(rs.getDate(7).toLocalDate())))
                .list());
        if (lines.isEmpty()) {
            lines.add(Message.of("tendering.public.noContract"));
        }
        String base = "/public/partnerships/" + partnershipId + "/ocds/";
        return Optional.of(new Shown(
                "contracts",
                Message.of("tendering.public.heading"),
                lines,
                List.of(
                        new Link(Message.of("tendering.public.releasePackage"), base + "release-package.json"),
                        new Link(Message.of("tendering.public.recordPackage"), base + "record-package.json"))));
    }
}
