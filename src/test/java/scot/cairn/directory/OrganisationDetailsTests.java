package scot.cairn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationDetailsTests {

    @Test
    void normalisedTrimsSpacesAndUpperCasesNumbers() {
        var details = new OrganisationDetails(
                "  Falkirk   Council ",
                Sector.PUBLIC,
                OrganisationType.LOCAL_AUTHORITY,
                " sc 012345 ",
                " sc123456 ",
                "  Falkirk ");

        var normalised = details.normalised();

        assertThat(normalised.name()).isEqualTo("Falkirk Council");
        assertThat(normalised.charityNumber()).isEqualTo("SC012345");
        assertThat(normalised.companyNumber()).isEqualTo("SC123456");
        assertThat(normalised.region()).isEqualTo("Falkirk");
        assertThat(normalised.sector()).isEqualTo(Sector.PUBLIC);
        assertThat(normalised.type()).isEqualTo(OrganisationType.LOCAL_AUTHORITY);
    }

    @Test
    void blankOptionalFieldsBecomeNull() {
        var normalised =
                new OrganisationDetails("Cairn", Sector.THIRD, OrganisationType.CHARITY, " ", "", "   ").normalised();

        assertThat(normalised.charityNumber()).isNull();
        assertThat(normalised.companyNumber()).isNull();
        assertThat(normalised.region()).isNull();
    }

    @Test
    void namesDifferingOnlyInCaseAndSpacingShareAKey() {
        assertThat(Organisation.keyOf(" Falkirk  CVS ")).isEqualTo(Organisation.keyOf("falkirk cvs"));
        assertThat(Organisation.keyOf("Falkirk CVS")).isNotEqualTo(Organisation.keyOf("Falkirk CV"));
    }
}
