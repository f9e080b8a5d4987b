package scot.cairn.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import scot.cairn.outcome.FrameworkView.StakeholderView;
import scot.cairn.platform.InvalidInputException;

/** Copies one framework tree into a partnership, refusing when any copied name is already taken there. */
final class FrameworkCopy {

    private final FrameworkStore store;
    private final long partnershipId;
    private final Instant now;

    FrameworkCopy(FrameworkStore store, long partnershipId, Instant now) {
        this.store = store;
        this.partnershipId = partnershipId;
        this.now = now;
    }

    /** How much was copied. */
    record Copied(int stakeholders, int outcomes, int indicators) {}

    Copied copy(List<StakeholderView> tree) {
        checkNamesFree(tree);
        var outcomeViews = tree.stream().flatMap(s -> s.outcomes().stream()).toList();
        store.checkRoom(
                partnershipId,
                "sourceId",
                tree.size(),
                outcomeViews.size(),
                outcomeViews.stream().mapToInt(o -> o.indicators().size()).sum());
        int outcomes = 0;
        int indicators = 0;
        for (var s : tree) {
            long groupId = store.stakeholders()
                    .save(StakeholderGroup.create(
                            partnershipId, new StakeholderDetails(s.name(), s.description()), now))
                    .id();
            for (var o : s.outcomes()) {
                long outcomeId = store.outcomes()
                        .save(Outcome.create(
                                partnershipId, new OutcomeDetails(groupId, o.name(), o.description()), now))
                        .id();
                outcomes++;
                for (var i : o.indicators()) {
                    var d = i.details();
                    store.indicators()
                            .save(Indicator.create(
                                    partnershipId,
                                    new IndicatorDetails(
                                            outcomeId,
                                            d.name(),
                                            d.definition(),
                                            d.unit(),
                                            d.direction(),
                                            d.baseline(),
                                            d.target(),
                                            d.frequency(),
                                            d.source(),
                                            d.measure()),
                                    now));
                    indicators++;
                }
            }
        }
        return new Copied(tree.size(), outcomes, indicators);
    }

    private void checkNamesFree(List<StakeholderView> tree) {
        if (tree.isEmpty()) {
            throw InvalidInputException.of("sourceId", "outcome.copy.empty");
        }
        var taken = Stream.of(
                        store.stakeholders().findByPartnershipIdOrderByName(partnershipId).stream()
                                .map(StakeholderGroup::name),
                        store.outcomes().findByPartnershipIdOrderByName(partnershipId).stream()
                                .map(Outcome::name),
                        store.indicators().findByPartnershipIdOrderByName(partnershipId).stream()
                                .map(Indicator::name))
                .flatMap(x -> x)
                .map(n -> n.toLowerCase(Locale.ROOT))
                .toList();
        var clash = tree.stream()
                .flatMap(s -> Stream.concat(
                        Stream.of(s.name()),
                        s.outcomes().stream()
                                .flatMap(o -> Stream.concat(
                                        Stream.of(o.name()),
                                        o.indicators().stream().map(i -> i.name())))))
                .filter(n -> taken.contains(n.toLowerCase(Locale.ROOT)))
                .findFirst();
        clash.ifPresent(n -> {
            throw InvalidInputException.of("sourceId", "outcome.copy.nameTaken", n);
        });
    }
}
