package scot.cairn.tendering;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import tools.jackson.databind.JsonNode;

/**
 * Checks open contracting data against the OCDS 1.1.5 schemas in test resources (their URLs mapped to the files, so
 * nothing is fetched), with date-time formats asserted, and against the rules a schema cannot check: release ids
 * unique within an ocid, and the values of the closed codelists.
 */
final class OcdsValidator {

    private static final String SCHEMAS = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4, b -> b.schemaIdResolvers(r -> r.mapPrefix(SCHEMAS, "classpath:ocds/")));

    /** The extensions Cairn's releases use, in the order their patches apply. */
    private static final List<String> EXTENSIONS =
            List.of("lots", "awardCriteria", "otherRequirements", "sustainability", "metrics", "partyDetails_scale");

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /** The release schema with every extension merged in, under an id of its own so it never stands for the core. */
    private static final com.networknt.schema.Schema EXTENDED = extended();

    private OcdsValidator() {}

    private static com.networknt.schema.Schema extended() {
        var schema = resource("/ocds/release-schema.json");
        for (var extension : EXTENSIONS) {
            schema = merge(schema, resource("/ocds/extensions/" + extension + "/release-schema.json"));
        }
        ((tools.jackson.databind.node.ObjectNode) schema).put("id", "urn:cairn:test:ocds-release-with-extensions");
        return REGISTRY.getSchema(JSON.writeValueAsString(schema));
    }

    private static JsonNode resource(String name) {
        try (InputStream in = OcdsValidator.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 7386: objects merge member by member, null removes a member, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        var result = target != null && target.isObject()
                ? ((tools.jackson.databind.node.ObjectNode) target).deepCopy()
                : JSON.createObjectNode();
        for (var member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    /** Every problem with the release package; empty when it is valid. */
    static List<String> releasePackage(JsonNode pack) {
        var schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMAS + "release-package-schema.json"));
        var problems = new ArrayList<String>();
        schema.validate(pack, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .forEach(e -> problems.add(e.toString()));
        var ids = new HashSet<String>();
        for (var release : pack.path("releases")) {
            EXTENDED.validate(release, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                    .forEach(e -> problems.add("with extensions: " + e));
            if (!ids.add(
                    release.path("ocid").asString() + " " + release.path("id").asString())) {
                problems.add("release id repeated within its ocid: "
                        + release.path("id").asString());
            }
            codes(problems, "releaseTag", release.path("tag"));
            code(problems, "initiationType", release.path("initiationType"));
            for (var party : release.path("parties")) {
                codes(problems, "partyRole", party.path("roles"));
            }
            code(problems, "tenderStatus", release.path("tender").path("status"));
            code(problems, "method", release.path("tender").path("procurementMethod"));
            code(problems, "awardCriteria", release.path("tender").path("awardCriteria"));
            codes(problems, "submissionMethod", release.path("tender").path("submissionMethod"));
            for (var lot : release.path("tender").path("lots")) {
                code(problems, "tenderStatus", lot.path("status"));
                code(problems, "currency", lot.path("value").path("currency"));
            }
            code(problems, "procurementCategory", release.path("tender").path("mainProcurementCategory"));
            for (var item : release.path("tender").path("items")) {
                code(
                        problems,
                        "itemClassificationScheme",
                        item.path("classification").path("scheme"));
            }
            code(problems, "currency", release.path("tender").path("value").path("currency"));
            for (var award : release.path("awards")) {
                code(problems, "awardStatus", award.path("status"));
                code(problems, "currency", award.path("value").path("currency"));
            }
            for (var contract : release.path("contracts")) {
                code(problems, "contractStatus", contract.path("status"));
                code(problems, "currency", contract.path("value").path("currency"));
            }
            for (var party : release.path("parties")) {
                var scale = party.path("details").path("scale");
                if (!scale.isMissingNode()
                        && !List.of("micro", "sme", "small", "medium", "large", "selfEmployed")
                                .contains(scale.asString())) {
                    problems.add(scale.asString() + " is not in the partyScale codelist");
                }
            }
            code(
                    problems,
                    "currency",
                    release.path("planning").path("budget").path("amount").path("currency"));
        }
        return problems;
    }

    /**
     * Every problem with the record package: the package schema, and each record's releases and compiled release with
     * the extensions and codelists as in {@link #releasePackage}; empty when it is valid.
     */
    static List<String> recordPackage(JsonNode pack) {
        var schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMAS + "record-package-schema.json"));
        var problems = new ArrayList<String>();
        schema.validate(pack, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .forEach(e -> problems.add(e.toString()));
        for (var record : pack.path("records")) {
            var releases = JSON.createObjectNode();
            releases.put("uri", pack.path("uri").asString());
            releases.put("version", pack.path("version").asString());
            releases.put("publishedDate", pack.path("publishedDate").asString());
            releases.set("publisher", pack.path("publisher"));
            var list = releases.putArray("releases");
            record.path("releases").forEach(list::add);
            list.add(record.path("compiledRelease"));
            problems.addAll(releasePackage(releases));
        }
        return problems;
    }

    private static void codes(List<String> problems, String codelist, JsonNode values) {
        values.forEach(v -> code(problems, codelist, v));
    }

    private static void code(List<String> problems, String codelist, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        if (!CODELISTS.computeIfAbsent(codelist, OcdsValidator::read).contains(value.asString())) {
            problems.add(value.asString() + " is not in the " + codelist + " codelist");
        }
    }

    private static final Map<String, Set<String>> CODELISTS = new HashMap<>();

    private static Set<String> read(String codelist) {
        try (InputStream in = OcdsValidator.class.getResourceAsStream("/ocds/codelists/" + codelist + ".csv")) {
            var codes = new HashSet<String>();
            CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))
                    .forEach(r -> codes.add(r.get("Code")));
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
