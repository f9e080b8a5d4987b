package scot.cairn.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * An organisation's identifier in an org-id.guide scheme, as open data (OCDS, 360Giving) names organisations: {@code
 * GB-SC} for a charity on the Scottish Charity Register (its SC number), {@code GB-COH} for a company at Companies
 * House (its company number). The directory's own checks keep each number in its scheme's format.
 */
public record OrgIdentifier(String scheme, String id) {

    public static final String SCOTTISH_CHARITY = "GB-SC";
    public static final String COMPANY = "GB-COH";

    /** The scheme and number joined, as org-id.guide writes them: {@code GB-SC-SC012345}. */
    public String value() {
        return scheme + "-" + id;
    }

    /** The organisation's identifiers, the charity number first; empty when it has neither number. */
    static List<OrgIdentifier> of(String charityNumber, String companyNumber) {
        var found = new ArrayList<OrgIdentifier>(2);
        if (charityNumber != null) {
            found.add(new OrgIdentifier(SCOTTISH_CHARITY, charityNumber));
        }
        if (companyNumber != null) {
            found.add(new OrgIdentifier(COMPANY, companyNumber));
        }
        return List.copyOf(found);
    }
}
