package scot.cairn.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters to describe a partnership. The lead partner is an organisation id, or null for none yet. */
public record PartnershipDetails(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "Title must be 200 characters or fewer")
        String title,

        @NotNull(message = "Choose the market or service area")
        Market market,

        @NotBlank(message = "Enter the region") @Size(max = 100, message = "Region must be 100 characters or fewer")
        String region,

        @NotBlank(message = "Describe the partnership's aims")
        @Size(max = 4000, message = "Aims must be 4,000 characters or fewer")
        String aims,

        Long leadPartnerId) {

    PartnershipDetails normalised() {
        return new PartnershipDetails(strip(title), market, strip(region), strip(aims), leadPartnerId);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
