package scot.cairn.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the test database (H2, or PostgreSQL with -Ppostgres) with the demo data loaded and a
 * MockMvc. Every test class with this annotation shares one application context. Tests that create records give
 * them unique names ({@link Unique}), because on PostgreSQL the database is shared by the whole run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({
    DemoUsers.class,
    scot.cairn.governance.GovernanceFixture.class,
    scot.cairn.outcome.OutcomeFixtures.class,
    scot.cairn.sroi.SroiFixture.class,
    scot.cairn.meeting.MeetingFixture.class,
    scot.cairn.tendering.TenderingFixture.class
})
public @interface CairnTest {}
