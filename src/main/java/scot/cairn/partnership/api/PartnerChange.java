package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import scot.cairn.partnership.Standing;

/** The standing an organisation should have in a partnership; the service refuses a missing one. */
@Schema(name = "PartnerChange")
record PartnerChange(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Standing standing) {}
