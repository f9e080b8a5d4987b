package scot.cairn.governance;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.PartnershipNotices;
import scot.cairn.partnership.Role;

/** Tells the partnership overview, in the reader's language, when nobody is the Partnership / Project Manager. */
@Component
class GovernanceNotices implements PartnershipNotices {

    private final RoleRepository roles;
    private final MessageSource messages;

    GovernanceNotices(RoleRepository roles, MessageSource messages) {
        this.roles = roles;
        this.messages = messages;
    }

    @Override
    public List<String> noticesFor(long partnershipId) {
        return roles.findByPartnershipId(partnershipId).stream().anyMatch(a -> a.role() == Role.PROJECT_MANAGER)
                ? List.of()
                : List.of(messages.getMessage(RoleRules.NO_PM, LocaleContextHolder.getLocale()));
    }
}
