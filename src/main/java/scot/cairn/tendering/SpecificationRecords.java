package scot.cairn.tendering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DocumentExtension;
import scot.cairn.governance.DocumentKind;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.RecordLinks;
import scot.cairn.partnership.Records;
import scot.cairn.platform.Message;

/**
 * What the service specification carries from the partnership's records, section by section: its requirements with
 * their evidence (those on none marked), the outcome indicators with targets and the pilot's approved results, the
 * volumes from the sustainability evidence, the community benefits, the pricing model with its rate card and the
 * expected procurement. The board may not
 * approve a version while a declaration of interests waits for review; requirements on no evidence and missing
 * community benefits are flagged for it.
 */
@Component
class SpecificationRecords implements DocumentExtension {

    private final SpecificationStores stores;
    private final RecordLinks links;
    private final PilotEvidence pilot;
    private final MessageSource messages;

    SpecificationRecords(SpecificationStores stores, RecordLinks links, PilotEvidence pilot, MessageSource messages) {
        this.stores = stores;
        this.links = links;
        this.pilot = pilot;
        this.messages = messages;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SPEC;
    }

    @Override
    public Map<String, String> records(Access access, Locale language) {
        var words = new SpecWords(messages, language);
        var lines = new EnumMap<SpecSection, List<String>>(SpecSection.class);
        requirements(access, words).forEach((section, each) -> block(lines, section, each));
        block(lines, SpecSection.OUTCOMES, headed(words, "outcomes", pilot.outcomes(access, words)));
        block(lines, SpecSection.VOLUMES, headed(words, "volumes", pilot.volumes(access, words)));
        block(lines, SpecSection.COMMUNITY_BENEFITS, headed(words, "benefits", benefits(access, words)));
        block(lines, SpecSection.PRICING, headed(words, "pricing", pricing(access, words)));
        block(lines, SpecSection.CONTRACT_PERIOD, headed(words, "procurement", procurement(access, words)));
        var bySection = new LinkedHashMap<String, String>();
        lines.forEach((section, each) -> bySection.put(section.documentKey(), String.join("\n", each)));
        return bySection;
    }

    @Override
    public Optional<Message> refusal(Access access) {
        long waiting = waiting(access);
        return waiting == 0 ? Optional.empty() : Optional.of(Message.of("tendering.spec.declarationsWaiting", waiting));
    }

    @Override
    public List<Message> flags(Access access) {
        var flags = new ArrayList<Message>();
        // How many declarations wait is for those who read declarations: the reviewers and the board.
        if (access.among(Editors.PROCUREMENT) || access.onBoard()) {
            refusal(access).ifPresent(flags::add);
        }
        long unevidenced = RequirementList.of(stores.jdbc(), access.id()).stream()
                .filter(r -> r.evidence().isEmpty())
                .count();
        if (unevidenced > 0) {
            flags.add(Message.of("tendering.spec.unevidenced", unevidenced));
        }
        var procurement = stores.procurements().findByPartnershipId(access.id());
        boolean required = procurement
                .map(Procurement::details)
                .map(d -> CommunityBenefit.requiredFor(d.estimatedValue(), d.currency()))
                .orElse(false);
        if (required && stores.benefits().countByPartnershipId(access.id()) == 0) {
            flags.add(Message.of("tendering.spec.benefitsMissing"));
        }
        return flags;
    }

    private long waiting(Access access) {
        return stores.declarations().findByPartnershipId(access.id()).stream()
                .filter(d -> d.status() == DeclarationStatus.WAITING)
                .count();
    }

    /** Each section's requirements, a paragraph each: the requirement, then its evidence or that it has none. */
    private Map<SpecSection, List<String>> requirements(Access access, SpecWords words) {
        var known = new HashMap<String, Records.Ref>();
        links.choices(access).forEach(k -> k.records().forEach(r -> known.put(r.value(), r)));
        var bySection = new EnumMap<SpecSection, List<String>>(SpecSection.class);
        for (var r : RequirementList.of(stores.jdbc(), access.id())) {
            var evidence = r.evidence().stream()
                    .sorted(Comparator.comparing(Evidence::kind).thenComparing(Evidence::recordId))
                    .map(e -> Optional.ofNullable(known.get(e.value()))
                            .or(() -> links.find(access, e.kind(), e.recordId())))
                    .flatMap(Optional::stream)
                    .map(ref -> words.of(
                            "tendering.spec.evidenceItem",
                            links.labelKey(ref.kind()).map(words::of).orElse(ref.kind()),
                            words.label(ref.label())))
                    .collect(Collectors.joining("; "));
            var paragraph = words.of("tendering.spec.requirement", "SR-" + r.number(), r.text()) + "\n"
                    + (evidence.isEmpty()
                            ? words.of("tendering.spec.noEvidence")
                            : words.of("tendering.spec.evidence", evidence));
            var section = bySection.computeIfAbsent(r.section(), s -> new ArrayList<>());
            if (!section.isEmpty()) {
                section.add("");
            }
            section.add(paragraph);
        }
        return bySection;
    }

    private List<String> benefits(Access access, SpecWords words) {
        return stores.benefits().findByPartnershipIdOrderByNumber(access.id()).stream()
                .map(b -> {
                    var d = b.details();
                    return words.of(
                            "tendering.spec.benefit",
                            "CB-" + b.number(),
                            words.label(d.category()),
                            words.of(
                                    Boolean.TRUE.equals(d.mandatory())
                                            ? "tendering.spec.mandatory"
                                            : "tendering.spec.scored"),
                            d.description(),
                            d.measure(),
                            d.target());
                })
                .toList();
    }

    /** The model, how it works, and each rate of the card. */
    private List<String> pricing(Access access, SpecWords words) {
        return stores.pricings()
                .findByPartnershipId(access.id())
                .map(Pricing::details)
                .map(d -> {
                    var lines = new ArrayList<String>();
                    lines.add(words.of("tendering.spec.pricingModel", words.label(d.model())));
                    if (d.basis() != null && !d.basis().isBlank()) {
                        lines.add(d.basis());
                    }
                    d.rates()
                            .forEach(r -> lines.add(words.of(
                                    "tendering.spec.rate", r.item(), words.money(r.price(), "GBP"), r.unit())));
                    return (List<String>) lines;
                })
                .orElse(List.of());
    }

    private List<String> procurement(Access access, SpecWords words) {
        return stores.procurements()
                .findByPartnershipId(access.id())
                .map(Procurement::details)
                .map(d -> List.of(
                        words.of(
                                "tendering.spec.procurement",
                                d.title(),
                                words.money(d.estimatedValue(), d.currency()),
                                d.cpvCode()),
                        words.of(
                                "tendering.spec.dates",
                                words.day(d.expectedPublication()),
                                words.day(d.expectedAward())),
                        d.contractMonths() == null
                                ? words.of("tendering.spec.noMonths")
                                : words.of("tendering.spec.months", d.contractMonths())))
                .orElse(List.of());
    }

    /** The lines under a heading ({@code tendering.spec.heading.<name>}); none when there are no lines. */
    private static List<String> headed(SpecWords words, String name, List<String> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        var all = new ArrayList<String>();
        all.add(words.of("tendering.spec.heading." + name));
        all.addAll(lines);
        return all;
    }

    /** Adds a block of lines to a section, a blank line apart from what is there. */
    private static void block(Map<SpecSection, List<String>> lines, SpecSection section, List<String> block) {
        if (block.isEmpty()) {
            return;
        }
        var each = lines.computeIfAbsent(section, s -> new ArrayList<>());
        if (!each.isEmpty()) {
            each.add("");
        }
        each.addAll(block);
    }
}
