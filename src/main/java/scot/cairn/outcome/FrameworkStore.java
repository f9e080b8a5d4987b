package scot.cairn.outcome;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import scot.cairn.outcome.FrameworkView.IndicatorView;
import scot.cairn.outcome.FrameworkView.OutcomeView;
import scot.cairn.outcome.FrameworkView.StakeholderView;
import scot.cairn.platform.NotFoundException;

/** The three framework repositories together, with look-ups that stay inside one partnership. */
@Component
record FrameworkStore(
        StakeholderGroupRepository stakeholders, OutcomeRepository outcomes, IndicatorRepository indicators) {

    StakeholderGroup stakeholder(long partnershipId, long id) {
        return stakeholders
                .findById(id)
                .filter(s -> s.partnershipId() == partnershipId)
                .orElseThrow(() -> new NotFoundException("Stakeholder group"));
    }

    Outcome outcome(long partnershipId, long id) {
        return outcomes.findById(id)
                .filter(o -> o.partnershipId() == partnershipId)
                .orElseThrow(() -> new NotFoundException("Outcome"));
    }

    Indicator indicator(long partnershipId, long id) {
        return indicators
                .findById(id)
                .filter(i -> i.partnershipId() == partnershipId)
                .orElseThrow(() -> new NotFoundException("Indicator"));
    }

    /**
     * Refuses adding {@code groups} stakeholder groups, {@code outcomes} outcomes and {@code indicators} indicators when
     * the framework would then be over one of its {@link OutcomeLimits}.
     *
     * @throws scot.cairn.platform.InvalidInputException on {@code field}, with the count it would reach
     */
    void checkRoom(long partnershipId, String field, int groups, int outcomes, int indicators) {
        if (groups > 0) {
            OutcomeLimits.STAKEHOLDER_GROUPS.check(field, stakeholders.countByPartnershipId(partnershipId) + groups);
        }
        if (outcomes > 0) {
            OutcomeLimits.OUTCOMES.check(field, this.outcomes.countByPartnershipId(partnershipId) + outcomes);
        }
        if (indicators > 0) {
            OutcomeLimits.INDICATORS.check(field, this.indicators.countByPartnershipId(partnershipId) + indicators);
        }
    }

    List<StakeholderView> tree(long partnershipId) {
        var outcomeList = outcomes.findByPartnershipIdOrderByName(partnershipId);
        Map<Long, String> outcomeNames = outcomeList.stream().collect(Collectors.toMap(Outcome::id, Outcome::name));
        var byOutcome = indicators.findByPartnershipIdOrderByName(partnershipId).stream()
                .map(i -> view(i, outcomeNames.get(i.outcomeId())))
                .collect(Collectors.groupingBy(IndicatorView::outcomeId));
        var byGroup = outcomeList.stream()
                .map(o -> new OutcomeView(
                        o.id(),
                        o.version(),
                        o.stakeholderGroupId(),
                        o.name(),
                        o.description(),
                        byOutcome.getOrDefault(o.id(), List.of())))
                .collect(Collectors.groupingBy(OutcomeView::stakeholderGroupId));
        return stakeholders.findByPartnershipIdOrderByName(partnershipId).stream()
                .map(s -> new StakeholderView(
                        s.id(), s.version(), s.name(), s.description(), byGroup.getOrDefault(s.id(), List.of())))
                .toList();
    }

    /** The partnership's indicators by id, in name order. */
    Map<Long, Indicator> indicatorsOf(long partnershipId) {
        return indicators.findByPartnershipIdOrderByName(partnershipId).stream()
                .sorted(Comparator.comparing(Indicator::name, String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.toMap(
                        Indicator::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static IndicatorView view(Indicator i, String outcomeName) {
        return new IndicatorView(
                i.id(),
                i.version(),
                i.outcomeId(),
                outcomeName,
                i.name(),
                i.definition(),
                i.unit(),
                i.direction(),
                i.baseline(),
                i.target(),
                i.frequency(),
                i.source(),
                i.measure());
    }
}
