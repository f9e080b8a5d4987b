package scot.cairn.tendering;

import org.springframework.data.relational.core.mapping.Table;

/** One piece of evidence a requirement rests on: a record of the partnership by kind ("INDICATOR") and id. */
@Table("tendering_requirement_evidence")
record Evidence(String kind, long recordId) {

    /** As {@code partnership.Records.Ref#value()}: "INDICATOR:12". */
    String value() {
        return kind + ":" + recordId;
    }
}
