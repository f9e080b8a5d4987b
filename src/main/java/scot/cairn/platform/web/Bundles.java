package scot.cairn.platform.web;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
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

    /**
     * Messages in the reader's language for templates, for words that arrive as a {@link Message} rather than a key:
     * {@code ${@texts.of(problem)}}.
     */
    @Component("texts")
    static class Texts {
        private final MessageSource messages;

        Texts(MessageSource messages) {
            this.messages = messages;
        }

        /** The words of a message; words that are already words (a {@code String}) as they are; "" for null. */
        public String of(Object message) {
            if (message instanceof MessageSourceResolvable resolvable) {
                return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
            }
            return message == null ? "" : message.toString();
        }

        /**
         * Words stored in the audit trail: a key (what Cairn records now) in the reader's language, or the English
         * that older entries hold, as it was written.
         */
        public String stored(String text) {
            if (text == null || text.isEmpty() || text.indexOf(' ') >= 0 || text.indexOf('.') < 0) {
                return NONE.equals(text) ? of(Message.of("platform.history.none")) : text == null ? "" : text;
            }
            return messages.getMessage(text, null, text, LocaleContextHolder.getLocale());
        }

        /** One line of an audit entry's changes, "label: before -> after", with each stored key translated. */
        public String change(String line) {
            var parts = CHANGE.matcher(line == null ? "" : line);
            if (!parts.matches()) {
                return stored(line);
            }
            return of(Message.of(
                    "platform.history.change", stored(parts.group(1)), stored(parts.group(2)), stored(parts.group(3))));
        }

        private static final String NONE = "(none)";
        private static final java.util.regex.Pattern CHANGE =
                java.util.regex.Pattern.compile("(?s)([^:]+): (.*) -> (.*)");
    }
}
