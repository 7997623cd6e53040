package io.parley.shared.application;

import io.parley.shared.OutboundPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutboundConfiguration {

    /** Refuses to start on an allow-list entry that is no host name, address or network, naming the property. */
    @Bean
    OutboundPolicy outboundPolicy(OutboundProperties properties) {
        try {
            return OutboundPolicy.allowing(properties.allowedHosts());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parley.outbound.allowed-hosts: " + e.getMessage(), e);
        }
    }
}
