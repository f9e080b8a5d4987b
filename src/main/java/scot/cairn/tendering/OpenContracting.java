package scot.cairn.tendering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.OrganisationSummary;
import scot.cairn.directory.Sector;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.NotFoundException;

/**
 * A partnership's open contracting data as an OCDS 1.1.5 release package: for now the planning releases of its
 * expected procurement, one per version of it, each stored as published (so a release never changes and release ids
 * never repeat within the ocid). Parties are
 * named by their org-id identifiers where they have one ({@code GB-SC}, {@code GB-COH}); the buyer is the public-sector
 * lead partner, or the first public-sector core partner. Members read it, as they read the partnership.
 */
@Service
public class OpenContracting {

    /** The releases a partnership's contracting process publishes at most: every change of the procurement is one. */
    static final scot.cairn.platform.Limit RELEASES = new scot.cairn.platform.Limit(500, "tendering.limit.releases");

    static final String VERSION = "1.1";

    /** The extensions the releases use: each one's extension.json at the commit the tests check against. */
    static final List<String> EXTENSIONS = List.of(
            extension("lots", "8d3b52eb26ce0f1a015c91b665c120b17ef619a0"),
            extension("awardCriteria", "9391240f353e8536992938fe9f7987cd89235331"),
            extension("otherRequirements", "143e56e3166073b5d317826a745e46b9889e379b"),
            extension("sustainability", "b8d93a0edb8e0ac2f27f733cccf3884e392346e9"),
            extension("metrics", "fad91df868907e339e5b3b4af5c334e02b80fa4f"),
            extension("partyDetails_scale", "152cd9fb74e021e537b17d84420615acf7dec032"));

    private static String extension(String name, String commit) {
        return "https://raw.githubusercontent.com/open-contracting-extensions/ocds_" + name + "_extension/" + commit
                + "/extension.json";
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final PartnershipScope scope;
    private final OrganisationService organisations;
    private final Settings settings;
    private final TenderingSupport support;
    private final Sources sources;

    OpenContracting(
            PartnershipScope scope,
            OrganisationService organisations,
            Settings settings,
            TenderingSupport support,
            Sources sources) {
        this.scope = scope;
        this.sources = sources;
        this.organisations = organisations;
        this.settings = settings;
        this.support = support;
    }

    /** The ocid prefix, publisher name and base address, from {@code cairn.ocds.*} and {@code cairn.base-url}. */
    @org.springframework.stereotype.Component
    static final class Settings {

        private final String ocidPrefix;
        private final String publisher;
        private final String baseUrl;

        Settings(
                @Value("${cairn.ocds.ocid-prefix}") String ocidPrefix,
                @Value("${cairn.ocds.publisher}") String publisher,
                @Value("${cairn.base-url}") String baseUrl) {
            this.ocidPrefix = ocidPrefix;
            this.publisher = publisher;
            this.baseUrl = baseUrl;
        }

        String ocidPrefix() {
            return ocidPrefix;
        }

        String publisher() {
            return publisher;
        }

        String baseUrl() {
            return baseUrl;
        }
    }

    /**
     * The release package: every release published for the partnership, oldest first, exactly as published; 404
     * while there is none (a package holds at least one release).
     */
    @Transactional(readOnly = true)
    public Map<String, Object> releasePackage(long id, CurrentUser user) {
        scope.requireRead(id, user);
        return releasePackage(id, "/api/v1/partnerships/" + id + "/ocds/release-package");
    }

    /**
     * The release package for anyone, without an account, once the board has turned the partnership's public page
     * on; 404 before (or while there is no release).
     */
    @Transactional(readOnly = true)
    public Map<String, Object> publishedReleasePackage(long id) {
        refuseUnlessPublic(id);
        return releasePackage(id, "/public/partnerships/" + id + "/ocds/release-package.json");
    }

    /** The record package for anyone once the partnership's public page is on; 404 before. */
    @Transactional(readOnly = true)
    public Map<String, Object> publishedRecordPackage(long id) {
        refuseUnlessPublic(id);
        return recordPackage(id, "/public/partnerships/" + id + "/ocds/record-package.json");
    }

    private void refuseUnlessPublic(long id) {
        if (!sources.publicPages().enabled(id)) {
            throw new NotFoundException("Open contracting data");
        }
    }

    private Map<String, Object> releasePackage(long id, String path) {
        var releases = bodies(id);
        var parsed =
                releases.stream().map(body -> support.json().readTree(body)).toList();
        var pack = new LinkedHashMap<String, Object>();
        pack.put("uri", settings.baseUrl() + path);
        pack.put("version", VERSION);
        pack.put("extensions", EXTENSIONS);
        pack.put("publishedDate", parsed.get(parsed.size() - 1).path("date").asString());
        pack.put("publisher", Map.of("name", settings.publisher()));
        pack.put("releases", parsed);
        return pack;
    }

    /** Every release of the partnership as published, oldest first; 404 while there is none. */
    private List<String> bodies(long id) {
        var releases = support.jdbc()
                .sql("select body from tendering_release where partnership_id = ? order by released_at, id")
                .param(id)
                .query(String.class)
                .list();
        if (releases.isEmpty()) {
            throw new NotFoundException("Open contracting data");
        }
        return releases;
    }

    /**
     * Publishes the planning release of this version of the expected procurement: tagged {@code planning} the first
     * time and {@code planningUpdate} after, refused past {@link #RELEASES} (the change with it). Called in the
     * transaction that saves the procurement.
     */
    void publishPlanning(PartnershipView partnership, Procurement procurement) {
        var earlier = releases(partnership.id());
        var tag = earlier == 0 ? "planning" : "planningUpdate";
        store(partnership.id(), planning(partnership, procurement, tag), tag, procurement.updatedAt());
    }

    /**
     * Publishes the {@code tender} release of a tender the board has just published, with its lots, award criteria
     * and community benefits, refused past {@link #RELEASES}. Called in the approving transaction. Tender T-1 continues
     * the partnership's contracting process (the one its planning releases began); a later tender is a process of its
     * own, {@code <ocid>-2} and so on.
     */
    void publishTender(Tender tender, List<Lot> lots) {
        var partnership = sources.partnerships().forChecks(tender.partnershipId());
        releases(partnership.id());
        var release = new TenderRelease(
                        ocid(partnership.id()),
                        sources.english(),
                        sources.benefits().findByPartnershipIdOrderByNumber(partnership.id()),
                        sources.procurements()
                                .findByPartnershipId(partnership.id())
                                .orElse(null))
                .release(tender, lots, parties(partnership));
        store(partnership.id(), release, "tender", tender.publishedAt());
    }

    /**
     * Publishes the {@code award} release of an award the board has just approved, with the supplier and the contract
     * record made from it. Called in the approving transaction.
     */
    void publishAward(Tender tender, long awardId, long supplierId, ContractsView.Contract contract, Instant at) {
        store(
                tender.partnershipId(),
                awardRelease(tender, supplierId, contract)
                        .award(tender, awardId, contract, at, everyLotAwarded(tender)),
                "award",
                at);
    }

    /** Whether every lot of the tender (the whole tender when it has none) has an approved award. */
    private boolean everyLotAwarded(Tender tender) {
        var lots = support.jdbc()
                .sql("select count(*) from tendering_lot where tender_id = ?")
                .param(tender.id())
                .query(Long.class)
                .single();
        var awarded = support.jdbc()
                .sql("select count(distinct lot) from tendering_award where tender_id = ? and status = 'APPROVED'")
                .param(tender.id())
                .query(Long.class)
                .single();
        return awarded >= Math.max(1, lots);
    }

    /** Publishes the {@code contract} release of a contract just concluded. Called in the concluding transaction. */
    void publishContract(Tender tender, long awardId, long supplierId, ContractsView.Contract contract, Instant at) {
        store(
                tender.partnershipId(),
                awardRelease(tender, supplierId, contract).contract(tender, awardId, contract, at),
                "contract",
                at);
    }

    private AwardRelease awardRelease(Tender tender, long supplierId, ContractsView.Contract contract) {
        var partnership = sources.partnerships().forChecks(tender.partnershipId());
        releases(partnership.id());
        // Every supplier of the tender so far keeps its role (a later release replaces the parties' roles when
        // merged), with this award's supplier first among them.
        var scales = new java.util.LinkedHashMap<Long, SupplierScale>();
        scales.put(supplierId, contract.scale());
        support.jdbc()
                .sql("select supplier_id, supplier_scale from tendering_contract where tender_id = ? order by id")
                .param(tender.id())
                .query((rs, n) -> {
                    scales.putIfAbsent(
                            rs.getLong(1), rs.getString(2) == null ? null : SupplierScale.valueOf(rs.getString(2)));
                    return null;
                })
                .list();
        var suppliers = organisations.getAll(scales.keySet());
        var parties = new ArrayList<Party>();
        for (var p : parties(partnership)) {
            long org = p.organisation().id();
            if (suppliers.containsKey(org)) {
                var roles = new ArrayList<>(p.roles());
                roles.add("supplier");
                parties.add(new Party(p.organisation(), roles, scales.get(org)));
            } else {
                parties.add(p);
            }
        }
        var partners = parties.stream().map(p -> p.organisation().id()).toList();
        scales.forEach((org, scale) -> {
            if (!partners.contains(org) && suppliers.containsKey(org)) {
                parties.add(new Party(suppliers.get(org), List.of("supplier"), scale));
            }
        });
        return new AwardRelease(
                TenderRelease.ocid(ocid(partnership.id()), tender.number()), sources.english(), parties, supplierId);
    }

    /**
     * The record package: one record for each contracting process of the partnership (its planning and tender T-1,
     * then each later tender), holding every release as published and the compiled release, which merges them in
     * order by the OCDS rules; 404 while there is no release.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> recordPackage(long id, CurrentUser user) {
        scope.requireRead(id, user);
        return recordPackage(id, "/api/v1/partnerships/" + id + "/ocds/record-package");
    }

    private Map<String, Object> recordPackage(long id, String path) {
        var releases = bodies(id);
        var byOcid = new LinkedHashMap<String, List<tools.jackson.databind.JsonNode>>();
        for (var body : releases) {
            var release = support.json().readTree(body);
            byOcid.computeIfAbsent(release.path("ocid").asString(), k -> new ArrayList<>())
                    .add(release);
        }
        var records = new ArrayList<Map<String, Object>>();
        byOcid.forEach((ocid, list) -> {
            var record = new LinkedHashMap<String, Object>();
            record.put("ocid", ocid);
            record.put("releases", list);
            record.put("compiledRelease", Compiler.compile(ocid, list));
            records.add(record);
        });
        var pack = new LinkedHashMap<String, Object>();
        pack.put("uri", settings.baseUrl() + path);
        pack.put("version", VERSION);
        pack.put("extensions", EXTENSIONS);
        pack.put(
                "publishedDate",
                support.json()
                        .readTree(releases.get(releases.size() - 1))
                        .path("date")
                        .asString());
        pack.put("publisher", Map.of("name", settings.publisher()));
        pack.put("records", records);
        return pack;
    }

    /**
     * The OCDS merge: releases are applied oldest first; an object merges member by member, an array of objects that
     * all have an {@code id} merges item by item on it, any other value replaces what was there, and null removes it.
     */
    static final class Compiler {

        /** Arrays of objects with ids that the schema marks {@code wholeListMerge}: replaced, never merged by id. */
        private static final java.util.Set<String> WHOLE_LISTS =
                java.util.Set.of("additionalIdentifiers", "additionalClassifications");

        private Compiler() {}

        static tools.jackson.databind.JsonNode compile(String ocid, List<tools.jackson.databind.JsonNode> releases) {
            tools.jackson.databind.JsonNode compiled =
                    tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            for (var release : releases) {
                compiled = merge(compiled, release);
            }
            var result = (tools.jackson.databind.node.ObjectNode) compiled;
            result.put("id", ocid + "-compiled");
            result.putArray("tag").add("compiled");
            return result;
        }

        private static tools.jackson.databind.JsonNode merge(
                tools.jackson.databind.JsonNode target, tools.jackson.databind.JsonNode patch) {
            if (patch.isObject() && target != null && target.isObject()) {
                var result = ((tools.jackson.databind.node.ObjectNode) target).deepCopy();
                for (var member : patch.properties()) {
                    if (member.getValue().isNull()) {
                        result.remove(member.getKey());
                    } else if (WHOLE_LISTS.contains(member.getKey())) {
                        result.set(member.getKey(), member.getValue().deepCopy());
                    } else {
                        result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
                    }
                }
                return result;
            }
            if (patch.isArray() && target != null && target.isArray() && identified(patch) && identified(target)) {
                var result = ((tools.jackson.databind.node.ArrayNode) target).deepCopy();
                for (var item : patch) {
                    int at = -1;
                    for (int i = 0; i < result.size(); i++) {
                        if (result.get(i)
                                .path("id")
                                .asString()
                                .equals(item.path("id").asString())) {
                            at = i;
                        }
                    }
                    if (at < 0) {
                        result.add(item.deepCopy());
                    } else {
                        result.set(at, merge(result.get(at), item));
                    }
                }
                return result;
            }
            return patch.deepCopy();
        }

        private static boolean identified(tools.jackson.databind.JsonNode array) {
            for (var item : array) {
                if (!item.isObject() || !item.has("id")) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The records of other kinds a release draws on, read without a viewer (the caller has checked who acts). */
    @org.springframework.stereotype.Component
    record Sources(
            scot.cairn.partnership.PartnershipService partnerships,
            BenefitRepository benefits,
            ProcurementRepository procurements,
            scot.cairn.engagement.PublicPageService publicPages,
            org.springframework.context.MessageSource messages) {

        /** Releases are written in English ({@code "language": "en"}), whoever publishes them. */
        java.util.function.Function<scot.cairn.platform.Message, String> english() {
            return m -> messages.getMessage(m, java.util.Locale.UK);
        }
    }

    /** How many releases the partnership has published; refused when one more would pass {@link #RELEASES}. */
    private long releases(long partnershipId) {
        var earlier = support.jdbc()
                .sql("select count(*) from tendering_release where partnership_id = ?")
                .param(partnershipId)
                .query(Long.class)
                .single();
        RELEASES.check("", (int) Math.min(Integer.MAX_VALUE, earlier + 1));
        return earlier;
    }

    private void store(long partnershipId, Map<String, Object> release, String tag, java.time.Instant at) {
        support.jdbc()
                .sql("""
                        insert into tendering_release (partnership_id, release_id, tag, released_at, body)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(
                        partnershipId,
                        release.get("id"),
                        tag,
                        java.sql.Timestamp.from(at),
                        support.json().writeValueAsString(release))
                .update();
    }

    /** The Open Contracting ID of the partnership's contracting process. */
    String ocid(long partnershipId) {
        return settings.ocidPrefix() + "-psp-" + partnershipId;
    }

    private Map<String, Object> planning(PartnershipView partnership, Procurement procurement, String tag) {
        var d = procurement.details();
        var ocid = ocid(partnership.id());
        var parties = parties(partnership);
        var release = new LinkedHashMap<String, Object>();
        release.put("ocid", ocid);
        release.put("id", ocid + "-planning-" + procurement.version());
        release.put("date", DATE_TIME.format(procurement.updatedAt().atOffset(ZoneOffset.UTC)));
        release.put("tag", List.of(tag));
        release.put("initiationType", "tender");
        release.put("language", "en");
        release.put("parties", parties.stream().map(Party::json).toList());
        parties.stream()
                .filter(p -> p.roles().contains("buyer"))
                .findFirst()
                .ifPresent(b -> release.put(
                        "buyer", Map.of("id", b.id(), "name", b.organisation().name())));
        var value = Map.<String, Object>of("amount", d.estimatedValue(), "currency", d.currency());
        var planning = new LinkedHashMap<String, Object>();
        planning.put("rationale", partnership.aims());
        planning.put("budget", Map.of("description", d.title(), "amount", value));
        release.put("planning", planning);
        var tender = new LinkedHashMap<String, Object>();
        tender.put("id", ocid + "-tender");
        tender.put("title", d.title());
        tender.put("status", "planned");
        tender.put("value", value);
        tender.put("mainProcurementCategory", "services");
        tender.put(
                "items",
                List.of(Map.of(
                        "id",
                        "1",
                        "description",
                        d.title(),
                        "classification",
                        Map.of("scheme", "CPV", "id", d.cpvCode().substring(0, 8)))));
        tender.put("tenderPeriod", Map.of("startDate", startOf(d.expectedPublication())));
        tender.put("awardPeriod", Map.of("startDate", startOf(d.expectedAward())));
        tender.put(
                "contractPeriod",
                Map.of(
                        "durationInDays",
                        ChronoUnit.DAYS.between(
                                d.expectedAward(), d.expectedAward().plusMonths(d.contractMonths()))));
        release.put("tender", tender);
        return release;
    }

    static String startOf(LocalDate day) {
        return DATE_TIME.format(OffsetDateTime.of(day.atStartOfDay(), ZoneOffset.UTC));
    }

    /**
     * The buyer (the lead partner when it is public sector, else the first public-sector core partner) and the other
     * core partners, who helped design the service and may bid, as interested parties.
     */
    List<Party> parties(PartnershipView partnership) {
        var core = partnership.partners().stream()
                .filter(p -> p.standing() == Standing.CORE)
                .toList();
        var found = organisations.getAll(
                core.stream().map(PartnershipView.PartnerView::organisationId).toList());
        var buyer = core.stream()
                .filter(p -> p.sector() == Sector.PUBLIC)
                .sorted((a, b) -> Boolean.compare(b.lead(), a.lead()))
                .map(PartnershipView.PartnerView::organisationId)
                .findFirst()
                .orElse(null);
        var parties = new ArrayList<Party>();
        for (var p : core) {
            var organisation = found.get(p.organisationId());
            if (organisation != null) {
                parties.add(new Party(
                        organisation,
                        List.of(buyer != null && p.organisationId() == buyer ? "buyer" : "interestedParty")));
            }
        }
        return parties;
    }

    /**
     * A party: its id is its first org-id identifier, or Cairn's own number for it when it has none; its scale is
     * given for a supplier that declared it.
     */
    record Party(OrganisationSummary organisation, List<String> roles, SupplierScale scale) {

        Party(OrganisationSummary organisation, List<String> roles) {
            this(organisation, roles, null);
        }

        String id() {
            var ids = organisation.identifiers();
            return ids.isEmpty()
                    ? "cairn-organisation-" + organisation.id()
                    : ids.get(0).value();
        }

        Map<String, Object> json() {
            var party = new LinkedHashMap<String, Object>();
            party.put("id", id());
            party.put("name", organisation.name());
            var ids = organisation.identifiers();
            if (!ids.isEmpty()) {
                party.put(
                        "identifier",
                        Map.of("scheme", ids.get(0).scheme(), "id", ids.get(0).id(), "legalName", organisation.name()));
            }
            if (ids.size() > 1) {
                party.put(
                        "additionalIdentifiers",
                        ids.subList(1, ids.size()).stream()
                                .map(i -> Map.of("scheme", i.scheme(), "id", i.id()))
                                .toList());
            }
            party.put("roles", roles);
            if (scale != null) {
                party.put("details", Map.of("scale", scale.ocds()));
            }
            return party;
        }
    }
}
