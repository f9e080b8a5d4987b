package scot.cairn.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters to describe a partnership. The lead partner is an organisation id, or null for none yet. */
public record PartnershipDetails(
        @NotBlank(message = "{partnership.details.titleMissing}")
        @Size(max = 200, message = "{partnership.details.titleTooLong}")
        String title,

        @NotNull(message = "{partnership.details.marketMissing}")
        Market market,

        @NotBlank(message = "{partnership.details.regionMissing}")
        @Size(max = 100, message = "{partnership.details.regionTooLong}")
        String region,

        @NotBlank(message = "{partnership.details.aimsMissing}")
        @Size(max = 4000, message = "{partnership.details.aimsTooLong}")
        String aims,

        Long leadPartnerId) {

    PartnershipDetails normalised() {
        return new PartnershipDetails(strip(title), market, strip(region), strip(aims), leadPartnerId);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
