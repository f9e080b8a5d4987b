package scot.cairn.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.platform.Message;

/**
 * A baseline's side of the board's decision log: the joint decision that asks the board to approve it, worded in the
 * proposer's language like any decision a person types, and the state of those decisions.
 */
@Component
class BaselineDecisions {

    private final DecisionService decisions;
    private final MessageSource messages;

    BaselineDecisions(DecisionService decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    /** Proposes the joint decision approving baseline {@code reference} of these tasks and milestones. */
    DecisionView propose(
            long id,
            String reference,
            String replaces,
            List<PlanTask> tasks,
            int milestones,
            LocalDate today,
            CurrentUser user) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale());
        var from = tasks.stream().map(PlanTask::start).min(LocalDate::compareTo).orElse(today);
        var to = tasks.stream().map(PlanTask::due).max(LocalDate::compareTo).orElse(today);
        var context = words(
                "planning.baseline.decisionContext",
                today.format(format),
                tasks.size(),
                from.format(format),
                to.format(format),
                milestones);
        if (replaces != null) {
            context += " " + words("planning.baseline.decisionReplaces", replaces);
        }
        return decisions.proposeFor(
                id,
                Editors.PLAN,
                BaselineService.SUBJECT,
                new DecisionDetails(
                        words("planning.baseline.decisionTitle", reference),
                        context,
                        null,
                        words("planning.baseline.decisionText", reference),
                        today,
                        true,
                        null,
                        null,
                        null),
                user);
    }

    /** Withdraws the proposal's decision, as read at {@code seenVersion}. */
    DecisionView withdraw(long id, long decisionId, Integer seenVersion, CurrentUser user) {
        return decisions.withdrawFor(id, Editors.PLAN, BaselineService.SUBJECT, decisionId, seenVersion, user);
    }

    Map<Long, DecisionView> of(long id, Collection<Long> decisionIds, CurrentUser user) {
        return decisions.decisions(id, decisionIds, user);
    }

    private String words(String key, Object... args) {
        return messages.getMessage(Message.of(key, args), LocaleContextHolder.getLocale());
    }
}
