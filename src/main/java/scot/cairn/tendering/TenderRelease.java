package scot.cairn.tendering;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import scot.cairn.platform.Message;

/**
 * The OCDS {@code tender} release of a published tender: its value, procedure, periods (questions and bids due at
 * noon, Scottish time), lots with their award criteria (the awardCriteria extension puts them on lots, so a tender
 * without lots is one lot), and its community benefits as sustainability (the sustainability extension). Words are
 * in English, as the release says. No count of bids or bidders is ever in it.
 */
final class TenderRelease {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String partnershipOcid;
    private final Function<Message, String> words;
    private final List<CommunityBenefit> benefits;
    private final Procurement procurement;

    TenderRelease(
            String partnershipOcid,
            Function<Message, String> words,
            List<CommunityBenefit> benefits,
            Procurement procurement) {
        this.partnershipOcid = partnershipOcid;
        this.words = words;
        this.benefits = benefits;
        this.procurement = procurement;
    }

    /** The contracting process of tender {@code number}: T-1 continues the partnership's, later ones are their own. */
    static String ocid(String partnershipOcid, int number) {
        return number == 1 ? partnershipOcid : partnershipOcid + "-" + number;
    }

    Map<String, Object> release(Tender t, List<Lot> lots, List<OpenContracting.Party> parties) {
        var d = t.details();
        var ocid = ocid(partnershipOcid, t.number());
        var release = new LinkedHashMap<String, Object>();
        release.put("ocid", ocid);
        release.put("id", ocid + "-tender-" + t.version());
        release.put("date", at(t.publishedAt()));
        release.put("tag", List.of("tender"));
        release.put("initiationType", "tender");
        release.put("language", "en");
        release.put("parties", parties.stream().map(OpenContracting.Party::json).toList());
        parties.stream()
                .filter(p -> p.roles().contains("buyer"))
                .findFirst()
                .ifPresent(b -> release.put(
                        "buyer", Map.of("id", b.id(), "name", b.organisation().name())));
        var tender = new LinkedHashMap<String, Object>();
        tender.put("id", ocid + "-tender");
        tender.put("title", d.title());
        tender.put("status", "active");
        tender.put("value", value(d.estimatedValue()));
        tender.put("procurementMethod", d.procedure() == TenderProcedure.RESTRICTED ? "selective" : "open");
        tender.put(
                "procurementMethodDetails", words.apply(Message.of(d.procedure().labelKey())));
        tender.put("mainProcurementCategory", "services");
        tender.put("awardCriteria", "ratedCriteria");
        tender.put(
                "awardCriteriaDetails",
                words.apply(Message.of(
                        "tendering.ocds.awardCriteriaDetails",
                        d.qualityWeight(),
                        d.priceWeight(),
                        d.benefitsWeight())));
        tender.put("submissionMethod", List.of("electronicSubmission"));
        var items = items(d, lots);
        if (!items.isEmpty()) {
            tender.put("items", items);
        }
        tender.put("tenderPeriod", Map.of("startDate", at(t.publishedAt()), "endDate", noon(d.bidDeadline())));
        tender.put(
                "enquiryPeriod", Map.of("startDate", at(t.publishedAt()), "endDate", noon(d.clarificationDeadline())));
        tender.put("awardPeriod", Map.of("startDate", OpenContracting.startOf(d.intendedAward())));
        tender.put("contractPeriod", Map.of("startDate", OpenContracting.startOf(d.contractStart())));
        var sustainability = sustainability(d);
        tender.put("hasSustainability", !sustainability.isEmpty());
        if (!sustainability.isEmpty()) {
            tender.put("sustainability", sustainability);
        }
        tender.put("lots", lots(t, lots));
        release.put("tender", tender);
        return release;
    }

    private List<Map<String, Object>> lots(Tender t, List<Lot> lots) {
        var criteria = Map.<String, Object>of("criteria", criteria(t.details()));
        if (lots.isEmpty()) {
            var whole = new LinkedHashMap<String, Object>();
            whole.put("id", "1");
            whole.put("title", t.details().title());
            whole.put("status", "active");
            whole.put("value", value(t.details().estimatedValue()));
            whole.put("awardCriteria", criteria);
            return List.of(whole);
        }
        return lots.stream()
                .map(l -> {
                    var lot = new LinkedHashMap<String, Object>();
                    lot.put("id", String.valueOf(l.number()));
                    lot.put("title", l.details().title());
                    lot.put("description", l.details().description());
                    lot.put("status", "active");
                    lot.put("value", value(l.details().estimatedValue()));
                    lot.put("awardCriteria", criteria);
                    return (Map<String, Object>) lot;
                })
                .toList();
    }

    private List<Map<String, Object>> criteria(TenderDetails d) {
        var criteria = new ArrayList<Map<String, Object>>();
        criteria.add(criterion("quality", Message.of(QuestionCriterion.QUALITY.labelKey()), null, d.qualityWeight()));
        if (d.priceWeight() > 0) {
            criteria.add(criterion(
                    "price",
                    Message.of("tendering.ocds.price"),
                    Message.of("tendering.ocds.priceFormula", d.priceWeight()),
                    d.priceWeight()));
        }
        if (d.benefitsWeight() > 0) {
            criteria.add(criterion(
                    "quality", Message.of(QuestionCriterion.COMMUNITY_BENEFITS.labelKey()), null, d.benefitsWeight()));
        }
        return criteria;
    }

    private Map<String, Object> criterion(String type, Message name, Message description, int weight) {
        var c = new LinkedHashMap<String, Object>();
        c.put("type", type);
        c.put("name", words.apply(name));
        if (description != null) {
            c.put("description", words.apply(description));
        }
        c.put("numbers", List.of(Map.of("number", weight, "weight", "percentageExact")));
        return c;
    }

    /** The CPV code of the expected procurement, on the whole tender or on each lot. */
    private List<Map<String, Object>> items(TenderDetails d, List<Lot> lots) {
        if (procurement == null) {
            return List.of();
        }
        var classification =
                Map.of("scheme", "CPV", "id", procurement.details().cpvCode().substring(0, 8));
        if (lots.isEmpty()) {
            return List.of(Map.of("id", "1", "description", d.title(), "classification", classification));
        }
        return lots.stream()
                .map(l -> Map.<String, Object>of(
                        "id",
                        String.valueOf(l.number()),
                        "description",
                        l.details().title(),
                        "classification",
                        classification,
                        "relatedLot",
                        String.valueOf(l.number())))
                .toList();
    }

    /**
     * Each community benefit requirement: mandatory ones are conditions of the contract, the others are scored under
     * the community benefits criterion when it weighs anything.
     */
    private List<Map<String, Object>> sustainability(TenderDetails d) {
        var all = new LinkedHashSet<Map<String, Object>>();
        for (var b : benefits) {
            var x = b.details();
            boolean scored = !Boolean.TRUE.equals(x.mandatory()) && d.benefitsWeight() > 0;
            all.add(Map.of(
                    "description",
                    x.description(),
                    "goal",
                    goal(x.category()),
                    "strategies",
                    List.of(scored ? "awardCriteria" : "contractPerformanceConditions")));
        }
        return List.copyOf(all);
    }

    private static String goal(BenefitCategory category) {
        return switch (category) {
            case RECRUITMENT_AND_TRAINING -> "social.disadvantagedEmploymentOpportunities";
            case SUPPLY_CHAIN -> "economic.localEconomyPromotion";
            case COMMUNITY_ENGAGEMENT -> "social";
            case ENVIRONMENTAL -> "environmental";
        };
    }

    private static Map<String, Object> value(java.math.BigDecimal amount) {
        return Map.of("amount", amount, "currency", "GBP");
    }

    private static String at(java.time.Instant instant) {
        return DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Noon, Scottish time, on {@code day}: when questions and bids are due. */
    static String noon(java.time.LocalDate day) {
        return DATE_TIME.format(
                day.atTime(12, 0).atZone(DeclarationService.SCOTLAND).toOffsetDateTime());
    }
}
