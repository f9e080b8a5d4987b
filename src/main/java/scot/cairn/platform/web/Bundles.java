package scot.cairn.platform.web;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.cairn.platform.Message;

/**
 * The message bundles, configured by {@code spring.messages.*} as Spring Boot would, plus one thing it cannot do:
 * a {@link Message#joined joined} message reads as its parts in the reader's language, each translated.
 */
@Configuration(proxyBeanMethods = false)
class Bundles {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        var source = new CairnMessages();
        source.setBasenames(properties.getBasename().toArray(String[]::new));
        source.setDefaultEncoding(properties.getEncoding().name());
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }
}
