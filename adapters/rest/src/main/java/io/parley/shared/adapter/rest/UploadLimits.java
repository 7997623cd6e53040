package io.parley.shared.adapter.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * File uploads (documents, CSV imports) are limited by {@link RestProperties#maxUploadSize()} alone, in place of
 * Spring Boot's {@code spring.servlet.multipart.*} defaults (1 MB per file), so that one setting governs them.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /**
     * Spring's resolver, except on an error dispatch: a refused upload (413 before its body was read) is rendered
     * through {@code /error} with the request's multipart content type still on it, and parsing the body that was
     * never sent there turned the refusal into a 500.
     */
    @Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StandardServletMultipartResolver multipartResolver() {
        return new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return request.getDispatcherType() != DispatcherType.ERROR && super.isMultipart(request);
            }
        };
    }

    @Bean
    MultipartConfigElement multipartConfigElement(RestProperties properties) {
        long max = properties.maxUploadSize().toBytes();
        // parts up to 1 MB stay in memory; larger ones go to a temporary file until the request ends
        return new MultipartConfigElement("", max, max, 1024 * 1024);
    }
}
