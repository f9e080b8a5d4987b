package scot.cairn.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * With the postgres test profile, empties the test database once before the run, so each run starts from the
 * migrations and the demo data, however the last run left it.
 */
public class PostgresReset implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String profiles = System.getProperty("spring.profiles.active", "");
        if (!profiles.contains("postgres-test")) {
            return;
        }
        String url = env("CAIRN_TEST_DB_URL", "jdbc:postgresql://localhost:5432/test");
        try (var connection = DriverManager.getConnection(
                        url, env("CAIRN_TEST_DB_USER", "postgres"), env("CAIRN_TEST_DB_PASSWORD", ""));
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the PostgreSQL test database at " + url, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
