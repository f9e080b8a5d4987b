package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import scot.cairn.partnership.ClosureRoute;

/** How the partnership ended and why; the partnership refuses a closure without both. */
@Schema(name = "ClosureRequest")
record ClosureRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ClosureRoute route,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000)
        String reason) {}
