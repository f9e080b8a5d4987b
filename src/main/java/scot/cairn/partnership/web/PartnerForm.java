package scot.cairn.partnership.web;

import jakarta.validation.constraints.NotNull;
import scot.cairn.partnership.Standing;

/** Adds an organisation from the directory to a partnership with a standing. */
record PartnerForm(
        @NotNull(message = "{partnership.partners.organisationMissing}")
        Long organisationId,

        @NotNull(message = "{partnership.partners.chooseStanding}")
        Standing standing) {}
