package scot.cairn.identity;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the caller out of the documented parameters: the server knows who is asking from the bearer token, so a
 * {@link CurrentUser} handler parameter is not something a client sends.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }
}
