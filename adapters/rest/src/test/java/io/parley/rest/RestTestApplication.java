package io.parley.rest;

import io.parley.shared.Admission;
import io.parley.shared.ClientAddresses;
import io.parley.shared.RateLimit;
import io.parley.shared.Throttle;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/** The REST adapter alone, on the in-memory use cases of {@link Fakes} instead of the application. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.parley")
class RestTestApplication {

    @Bean
    ClientAddresses clientAddresses() {
        return ClientAddresses.DIRECT;
    }

    /** No limit is ever reached here: the limits are tested on the whole application. */
    @Bean
    Throttle throttle() {
        return new Throttle() {
            @Override
            public Admission take(String key, RateLimit limit) {
                return Admission.GRANTED;
            }

            @Override
            public Admission probe(String key, RateLimit limit) {
                return Admission.GRANTED;
            }
        };
    }
}
