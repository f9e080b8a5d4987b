package scot.cairn.directory;

import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation in the directory. Its name is unique, ignoring case and spacing. */
@Table("directory_organisation")
class Organisation {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private String name;
    private String nameKey;
    private Sector sector;
    private OrganisationType type;
    private String charityNumber;
    private String companyNumber;
    private String region;

    @PersistenceCreator
    Organisation(
            Long id,
            Integer version,
            String name,
            String nameKey,
            Sector sector,
            OrganisationType type,
            String charityNumber,
            String companyNumber,
            String region) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.nameKey = nameKey;
        this.sector = sector;
        this.type = type;
        this.charityNumber = charityNumber;
        this.companyNumber = companyNumber;
        this.region = region;
    }

    static Organisation register(OrganisationDetails details) {
        var organisation = new Organisation(null, null, null, null, null, null, null, null, null);
        organisation.change(details);
        return organisation;
    }

    void change(OrganisationDetails details) {
        var d = details.normalised();
        this.name = d.name();
        this.nameKey = keyOf(d.name());
        this.sector = d.sector();
        this.type = d.type();
        this.charityNumber = d.charityNumber();
        this.companyNumber = d.companyNumber();
        this.region = d.region();
    }

    static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(id, version, name, sector, type, charityNumber, companyNumber, region);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }
}
