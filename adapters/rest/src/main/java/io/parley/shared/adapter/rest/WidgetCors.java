package io.parley.shared.adapter.rest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets the widget call the visitor endpoints from any page. An open policy is safe here because nothing rides on
 * ambient credentials: the widget sends its visitor token explicitly and no cookies are allowed, while the page's
 * origin is checked against the workspace's allowed origins when the session starts.
 */
@Configuration(proxyBeanMethods = false)
class WidgetCors implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/api/v1/widget/**", "/api/v1/visitor/**"}) {
            registry.addMapping(path)
                    .allowedOrigins("*")
                    .allowedMethods("GET", "POST")
                    .allowedHeaders("Authorization", "Content-Type")
                    .exposedHeaders("Location", "Retry-After")
                    .allowCredentials(false)
                    .maxAge(3600);
        }
    }
}
