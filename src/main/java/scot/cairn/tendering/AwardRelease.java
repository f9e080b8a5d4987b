package scot.cairn.tendering;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import scot.cairn.platform.Message;

/**
 * The OCDS {@code award} release of an approved award and the {@code contract} release of a concluded contract. The
 * supplier is a party with the role supplier (and its size under the partyDetails_scale extension once recorded); the
 * award names the lot it is for; the contract carries its period, value, and as agreed metrics (the metrics extension)
 * its key performance indicators and the supplier's community benefit commitments. Words are in English.
 */
final class AwardRelease {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String ocid;
    private final Function<Message, String> words;
    private final List<OpenContracting.Party> parties;
    private final long supplierId;

    /**
     * @param ocid the contracting process of the tender
     * @param parties the buyer and the other core partners, and the tender's suppliers with their roles
     * @param supplierId the organisation this award or contract is with
     */
    AwardRelease(String ocid, Function<Message, String> words, List<OpenContracting.Party> parties, long supplierId) {
        this.ocid = ocid;
        this.words = words;
        this.parties = parties;
        this.supplierId = supplierId;
    }

    static String awardId(long awardId) {
        return "award-" + awardId;
    }

    /**
     * The award release; the lot it is for is complete, and so is the tender once {@code complete} (every lot has an
     * approved award), so that the compiled release no longer shows it taking bids.
     */
    Map<String, Object> award(Tender t, long awardId, ContractsView.Contract c, Instant at, boolean complete) {
        var release = header("award-" + awardId, "award", at);
        var tender = new LinkedHashMap<String, Object>();
        tender.put("id", ocid + "-tender");
        if (complete) {
            tender.put("status", "complete");
        }
        tender.put("lots", List.of(Map.of("id", String.valueOf(c.lot() == 0 ? 1 : c.lot()), "status", "complete")));
        release.put("tender", tender);
        var award = new LinkedHashMap<String, Object>();
        award.put("id", awardId(awardId));
        award.put("title", title(t, c.lot()));
        award.put("status", "active");
        award.put("date", DATE_TIME.format(at.atOffset(ZoneOffset.UTC)));
        award.put("value", value(c.value()));
        award.put("suppliers", List.of(supplier()));
        award.put("relatedLots", List.of(String.valueOf(c.lot() == 0 ? 1 : c.lot())));
        award.put("contractPeriod", period(c));
        release.put("awards", List.of(award));
        return release;
    }

    Map<String, Object> contract(Tender t, long awardId, ContractsView.Contract c, Instant at) {
        var release = header("contract-" + c.id(), "contract", at);
        var contract = new LinkedHashMap<String, Object>();
        contract.put("id", "contract-" + c.id());
        contract.put("awardID", awardId(awardId));
        contract.put("title", title(t, c.lot()));
        contract.put("description", words.apply(Message.of("tendering.ocds.contractDescription", c.specVersion())));
        contract.put("status", "active");
        contract.put("period", period(c));
        contract.put("value", value(c.value()));
        contract.put("dateSigned", DATE_TIME.format(at.atOffset(ZoneOffset.UTC)));
        var metrics = new ArrayList<Map<String, Object>>();
        int n = 0;
        for (var kpi : c.kpiLines()) {
            metrics.add(metric("kpi-" + ++n, words.apply(Message.of("tendering.ocds.kpi")), kpi));
        }
        n = 0;
        for (var commitment : c.commitmentLines()) {
            metrics.add(metric(
                    "community-benefit-" + ++n, words.apply(Message.of("tendering.ocds.commitment")), commitment));
        }
        if (!metrics.isEmpty()) {
            contract.put("agreedMetrics", metrics);
        }
        release.put("contracts", List.of(contract));
        return release;
    }

    private Map<String, Object> header(String what, String tag, Instant at) {
        var release = new LinkedHashMap<String, Object>();
        release.put("ocid", ocid);
        release.put("id", ocid + "-" + what);
        release.put("date", DATE_TIME.format(at.atOffset(ZoneOffset.UTC)));
        release.put("tag", List.of(tag));
        release.put("initiationType", "tender");
        release.put("language", "en");
        release.put("parties", parties.stream().map(OpenContracting.Party::json).toList());
        parties.stream()
                .filter(p -> p.roles().contains("buyer"))
                .findFirst()
                .ifPresent(b -> release.put(
                        "buyer", Map.of("id", b.id(), "name", b.organisation().name())));
        return release;
    }

    private Map<String, Object> supplier() {
        var s = parties.stream()
                .filter(p -> p.organisation().id() == supplierId)
                .findFirst()
                .orElseThrow();
        return Map.of("id", s.id(), "name", s.organisation().name());
    }

    private String title(Tender t, int lot) {
        return lot == 0
                ? t.details().title()
                : words.apply(Message.of("tendering.ocds.lotTitle", t.details().title(), lot));
    }

    private static Map<String, Object> metric(String id, String title, String description) {
        return Map.of("id", id, "title", title, "description", description);
    }

    private static Map<String, Object> period(ContractsView.Contract c) {
        var period = new LinkedHashMap<String, Object>();
        period.put("startDate", OpenContracting.startOf(c.startDate()));
        if (c.endDate() != null) {
            period.put(
                    "endDate", DATE_TIME.format(c.endDate().atTime(23, 59, 59).atOffset(ZoneOffset.UTC)));
        }
        return period;
    }

    private static Map<String, Object> value(java.math.BigDecimal amount) {
        return Map.of("amount", amount, "currency", "GBP");
    }
}
