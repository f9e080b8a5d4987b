package scot.cairn.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.directory.OrganisationService;

/** Fills an empty database with demo data at start-up, when {@code cairn.demo.enabled} is true. */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final OrganisationService organisations;
    private final DemoSeeder seeder;
    private final ScaleSeeder scale;
    private final DemoEvents events;

    DemoData(
            DemoProperties properties,
            OrganisationService organisations,
            DemoSeeder seeder,
            ScaleSeeder scale,
            DemoEvents events) {
        this.properties = properties;
        this.organisations = organisations;
        this.seeder = seeder;
        this.scale = scale;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo data", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            if (organisations.search("").isEmpty()) {
                seeder.seed(properties.password());
                // The seeding commits as one; wait for the listeners of its events before Cairn is ready.
                events.settle();
                log.info("Demo data loaded; every demo account's password is '{}'", properties.password());
            }
            if (properties.scale() > 0) {
                scale.ensure(properties.scale(), properties.password());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
