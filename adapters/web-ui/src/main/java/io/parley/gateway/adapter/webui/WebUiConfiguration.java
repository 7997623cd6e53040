package io.parley.gateway.adapter.webui;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the security headers of the web UI. */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> webUiSecurityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.addUrlPatterns("/*");
        return registration;
    }
}
