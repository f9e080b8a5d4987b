package scot.cairn.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.messageresolver.SpringMessageResolver;

/**
 * With {@code cairn.messages.strict} (the tests), a template that names a key no bundle has fails to render instead of
 * showing {@code ??key_cy??}, so every test that renders a page also checks its words.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("cairn.messages.strict")
class StrictMessages {

    @Bean
    static BeanPostProcessor strictTemplateMessages(ObjectProvider<MessageSource> messages) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    var resolver = new Refusing();
                    resolver.setMessageSource(messages.getObject());
                    engine.setMessageResolver(resolver);
                }
                return bean;
            }
        };
    }

    /** Thrown for a key that no bundle has, in the page's language. */
    static final class MissingMessage extends IllegalStateException {
        MissingMessage(String key, String language) {
            super("No message '" + key + "' in the " + language + " bundles");
        }
    }

    private static final class Refusing extends SpringMessageResolver {
        @Override
        public String createAbsentMessageRepresentation(
                ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
            throw new MissingMessage(key, context.getLocale().getDisplayLanguage());
        }
    }
}
