package scot.cairn.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Records;
import scot.cairn.platform.Message;

/** The decision log's entries and the documents' versions, for links from elsewhere (an agenda item). */
final class GovernanceRecords {

    private GovernanceRecords() {}

    /** Decisions (D-1, D-2...), a decision to be taken among them. */
    @Component
    static class Decisions extends scot.cairn.partnership.NumberedRecords {

        Decisions(JdbcClient jdbc) {
            super(jdbc, "DECISION", "governance.link.decision", "governance_decision", "D-", "governance/decisions/");
        }
    }

    /** Versions of the MoU and the PID (not the specification, which rests on the records itself). */
    @Component
    static class Documents implements Records {

        private final JdbcClient jdbc;

        Documents(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "DOCUMENT";
        }

        @Override
        public String labelKey() {
            return "governance.link.document";
        }

        @Override
        public List<Ref> choices(Access access, int limit) {
            return jdbc.sql("select id, kind, number from governance_document_version where partnership_id = ?"
                            + " and kind in ('MOU', 'PID')"
                            + " order by id desc fetch first " + limit + " rows only")
                    .param(access.id())
                    .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getString(2), rs.getInt(3)))
                    .list();
        }

        @Override
        public Optional<Ref> find(Access access, long id) {
            return jdbc.sql("select id, kind, number from governance_document_version where kind in ('MOU', 'PID')"
                            + " and partnership_id = ? and id = ?")
                    .params(access.id(), id)
                    .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getString(2), rs.getInt(3)))
                    .optional();
        }

        private Ref ref(long partnershipId, long id, String kind, int number) {
            var document = DocumentKind.valueOf(kind);
            return new Ref(
                    kind(),
                    id,
                    Message.of("governance.link.documentVersion", Message.of(document.shortKey()), number),
                    "/partnerships/" + partnershipId + "/governance/documents/" + document.slug() + "/versions/"
                            + number);
        }
    }
}
