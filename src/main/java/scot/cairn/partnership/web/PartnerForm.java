package scot.cairn.partnership.web;

import jakarta.validation.constraints.NotNull;
import scot.cairn.partnership.Standing;

/** Adds an organisation from the directory to a partnership with a standing. */
record PartnerForm(
        @NotNull(message = "Choose an organisation to add") Long organisationId,

        @NotNull(message = "Choose core, consulted or informed")
        Standing standing) {}
