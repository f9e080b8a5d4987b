package scot.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.TestAccounts;
import scot.cairn.notification.DigestJob;
import scot.cairn.partnership.MemberRole;
import scot.cairn.platform.Message;
import scot.cairn.platform.mail.Mail;
import scot.cairn.platform.mail.MailOutbox;
import scot.cairn.platform.mail.MailStatus;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.TestMail;
import scot.cairn.support.Unique;

/**
 * Two Cairn nodes on one database, as behind a load balancer without sticky sessions. Node A is the application on a
 * random port that the browser and server tests share (the same configuration as {@code @BrowserTest}, so it costs
 * nothing more when they run); node B is a second instance started here on the same database (H2 in memory, or the
 * PostgreSQL test database), without demo data and without running the migrations again. A visitor talks to both over
 * real HTTP, carrying its cookies from one to the other.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({
    DemoUsers.class,
    scot.cairn.governance.GovernanceFixture.class,
    scot.cairn.outcome.OutcomeFixtures.class,
    scot.cairn.sroi.SroiFixture.class
})
class NodesIntegrationTests {

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    Environment environment;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountAdministration administration;

    @Autowired
    MailOutbox outboxA;

    @Autowired
    DigestJob digestA;

    @Autowired
    scot.cairn.outcome.OutcomeFixtures outcomes;

    @Autowired
    scot.cairn.partnership.MembershipService membership;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startNodeB(@Autowired DataSource dataSource) {
        TestMail.server();
        var database = (HikariDataSource) dataSource;
        nodeB = new SpringApplicationBuilder(CairnApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + nullToEmpty(database.getPassword()),
                        // Node A has migrated the database and loaded the demo data.
                        "--spring.flyway.enabled=false",
                        "--cairn.demo.enabled=false",
                        // Node A handles the events it published; node B must not hand them out again meanwhile.
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false");
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aSessionMadeOnOneNodeIsAcceptedByTheOther() throws Exception {
        var me = someone("Roaming Visitor");
        var visitor = new Visitor();
        assertThat(visitor.get(nodeB(), "/account").location())
                .as("not signed in yet")
                .endsWith("/sign-in");

        var signedIn = visitor.signIn(nodeA(), me.email(), TestAccounts.PASSWORD);

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location())
                .as("signed in, not sent back to the form")
                .doesNotContain("/sign-in");
        var account = visitor.get(nodeB(), "/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains(me.fullName());
        assertThat(visitor.get(nodeA(), "/account").status()).isEqualTo(200);
    }

    @Test
    void theSessionCookieKeepsItsNameAndFlagsAndTheSessionItsIdleTimeout() throws Exception {
        var me = someone("Cookie Reader");
        var visitor = new Visitor();

        visitor.signIn(nodeB(), me.email(), TestAccounts.PASSWORD);

        String cookie = visitor.setCookie(Visitor.SESSION).orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
        assertThat(cookie.contains("; Secure"))
                .isEqualTo(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class));
        assertThat(jdbc.sql("select max_inactive_interval from identity_session where principal_name = ?")
                        .param(me.email())
                        .query(Integer.class)
                        .list())
                .containsExactly((int) Duration.ofMinutes(30).toSeconds());
    }

    @Test
    void aSessionIdleForThirtyMinutesEndsOnEveryNodeAndIsDeleted() throws Exception {
        var me = someone("Idle Visitor");
        var visitor = new Visitor();
        visitor.signIn(nodeA(), me.email(), TestAccounts.PASSWORD);
        long idle = System.currentTimeMillis() - Duration.ofMinutes(31).toMillis();
        jdbc.sql("update identity_session set last_access_time = ?, expiry_time = ? where principal_name = ?")
                .params(idle, idle + Duration.ofMinutes(30).toMillis(), me.email())
                .update();

        nodeB.getBean(JdbcIndexedSessionRepository.class).cleanUpExpiredSessions();

        assertThat(jdbc.sql("select count(*) from identity_session where principal_name = ?")
                        .param(me.email())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(visitor.get(nodeA(), "/account").location()).endsWith("/sign-in");
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        var me = someone("Leaving Visitor");
        var visitor = new Visitor();
        visitor.signIn(nodeA(), me.email(), TestAccounts.PASSWORD);
        var stale = visitor.copy();

        var signedOut = visitor.post(nodeB(), "/sign-out", visitor.csrf(nodeB(), "/account"));

        assertThat(signedOut.location()).endsWith("/sign-in?signedOut");
        assertThat(stale.get(nodeA(), "/account").location())
                .as("the old session cookie, replayed on the other node")
                .endsWith("/sign-in");
    }

    @Test
    void changingThePasswordOnOneNodeEndsThePersonsOtherSessionsOnEveryNode() throws Exception {
        var me = someone("Two Nodes");
        var laptop = new Visitor();
        var phone = new Visitor();
        laptop.signIn(nodeA(), me.email(), TestAccounts.PASSWORD);
        phone.signIn(nodeB(), me.email(), TestAccounts.PASSWORD);
        assertThat(phone.get(nodeA(), "/account").status()).isEqualTo(200);
        String replacement = "granite and heather " + Unique.suffix();

        var changed = laptop.post(
                nodeB(),
                "/account/password",
                laptop.csrf(nodeB(), "/account")
                        + "&currentPassword=" + Visitor.encode(TestAccounts.PASSWORD)
                        + "&newPassword=" + Visitor.encode(replacement)
                        + "&confirmPassword=" + Visitor.encode(replacement));

        assertThat(changed.location()).endsWith("/account");
        assertThat(phone.get(nodeA(), "/account").location()).endsWith("/sign-in");
        assertThat(laptop.get(nodeA(), "/account").status()).isEqualTo(200);
        assertThat(laptop.get(nodeB(), "/account").status()).isEqualTo(200);
    }

    @Test
    void aScheduledJobHeldByOneNodeDoesNotRunOnTheOtherAndAnEmailDueOnceIsSentOnce() throws Exception {
        String to = "nodes." + Unique.suffix() + "@mail.example";
        var outboxB = nodeB.getBean(MailOutbox.class);
        var held = hold(nodeB.getBean(LockProvider.class), "platform-mail");
        long id;
        try {
            id = outboxA.queue(mail(to));

            outboxA.sendWaiting();

            assertThat(outboxA.find(id).orElseThrow().status())
                    .as("node A skips the job while node B holds it")
                    .isEqualTo(MailStatus.WAITING);
        } finally {
            held.unlock();
        }

        atOnce(List.of(
                () -> {
                    outboxA.sendWaiting();
                    return null;
                },
                () -> {
                    outboxB.sendWaiting();
                    return null;
                }));

        // Either call may find the job running on a node's own schedule and skip; that run sends it.
        awaitSent(id);
        outboxA.sendWaiting();
        outboxB.sendWaiting();
        assertThat(TestMail.to(to)).hasSize(1);
    }

    @Test
    void aDigestDueOnceIsSentOnceWhenBothNodesRunIt() throws Exception {
        long partnership = outcomes.plainPartnership();
        var person = someone("Digest Reader");
        membership.setMember(partnership, person.email(), MemberRole.MEMBER, users.current(DemoUsers.FIONA));
        jdbc.sql("insert into notification_notice (person_id, partnership_id, kind, text_key, text_args, href,"
                        + " dedupe_key, created_at, digest_due) values (?, ?, 'PERIOD_APPROVED',"
                        + " 'notification.text.periodApproved', ?, ?, 'nodes-digest', ?, true)")
                .params(
                        person.id(),
                        partnership,
                        "Digest test\u001f2026-Q3",
                        "/partnerships/" + partnership,
                        java.sql.Timestamp.from(Instant.now()))
                .update();

        var digestB = nodeB.getBean(DigestJob.class);
        atOnce(List.of(
                () -> {
                    digestA.daily();
                    return null;
                },
                () -> {
                    digestB.daily();
                    return null;
                }));
        digestA.daily();

        var digests = outboxA.to(person.email(), 10).stream()
                .filter(m -> m.kind().equals("notification.mail.digest"))
                .toList();
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).textBody()).contains("Digest test: the board approved the figures for 2026-Q3.");
    }

    /** Takes a job's lock as the job itself would, waiting while a node runs it on its schedule. */
    private static SimpleLock hold(LockProvider locks, String job) throws InterruptedException {
        for (int wait = 0; wait < 600; wait++) {
            var lock = locks.lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO));
            if (lock.isPresent()) {
                return lock.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The lock of " + job + " was never free");
    }

    /** Waits for the email to be sent, by whichever node; fails when it never is. */
    private void awaitSent(long id) throws InterruptedException {
        for (int wait = 0; wait < 600; wait++) {
            if (outboxA.find(id).orElseThrow().status() == MailStatus.SENT) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The email was never sent");
    }

    private static Mail mail(String to) {
        return new Mail(
                "platform.mail.test",
                to,
                "Rhona Test",
                Locale.ENGLISH,
                Message.of("platform.mail.status.sent"),
                List.of(Message.of("platform.mail.status.waiting")),
                new Mail.Link(Message.of("platform.mail.status.kept"), "/partnerships"),
                List.of());
    }

    private static void atOnce(List<Callable<Void>> jobs) throws Exception {
        var pool = Executors.newFixedThreadPool(jobs.size());
        try {
            for (var done : pool.invokeAll(jobs)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private PersonSummary someone(String name) {
        return new TestAccounts(users, administration).register(name, false);
    }

    private String nodeA() {
        return "http://localhost:" + portA;
    }

    private static String nodeB() {
        return "http://localhost:" + nodeB.getEnvironment().getProperty("local.server.port");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
