package scot.cairn.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where static files are served from: Cairn's own stylesheet and script, and the WebJars (GOV.UK Frontend, htmx)
 * without their version in the path. Only these paths are resource paths. Spring Boot's default maps {@code /**} to
 * the static locations, and then every link a page writes ({@code @{/partnerships/17}}) is first looked up as a file
 * in four places on the class path: a page of a few hundred links took seconds under load
 * ({@code spring.web.resources.add-mappings: false} turns that default off).
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
    }
}
