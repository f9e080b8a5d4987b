package scot.cairn.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cairn.demo.enabled} fills an empty database with demo data once; {@code cairn.demo.scale} adds that many
 * generated partnerships for load tests; {@code cairn.demo.password} is every demo account's password.
 */
@ConfigurationProperties("cairn.demo")
record DemoProperties(boolean enabled, int scale, String password) {

    DemoProperties {
        if (password == null || password.isBlank()) {
            password = "cairn-demo-2026";
        }
    }
}
