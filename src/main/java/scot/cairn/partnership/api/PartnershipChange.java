package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import scot.cairn.partnership.PartnershipDetails;

/** New details for a partnership, with the version the caller last read (a stale version is refused). */
@Schema(name = "PartnershipChange")
record PartnershipChange(
        @NotNull(message = "{partnership.api.versionRequired}")
        Integer version,

        @NotNull(message = "{partnership.api.detailsRequired}") @Valid
        PartnershipDetails details) {}
