package io.parley.shared.application;

import io.parley.shared.Admission;
import io.parley.shared.RateLimit;
import io.parley.shared.Throttle;
import io.parley.shared.port.RateLimiter;
import org.springframework.stereotype.Service;

@Service
class ThrottleService implements Throttle {

    private final RateLimiter limiter;

    ThrottleService(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public Admission take(String key, RateLimit limit) {
        return limiter.tryTake(key, limit);
    }

    @Override
    public Admission probe(String key, RateLimit limit) {
        return limiter.probe(key, limit);
    }
}
