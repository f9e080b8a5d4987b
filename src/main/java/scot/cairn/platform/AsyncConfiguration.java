package scot.cairn.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Modules react to each other's events ({@code @ApplicationModuleListener}) after the publishing transaction commits,
 * on Spring Boot's task executor, so a slow reaction never holds up the person who caused it.
 */
@Configuration
@EnableAsync
class AsyncConfiguration {}
