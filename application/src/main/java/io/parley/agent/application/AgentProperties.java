package io.parley.agent.application;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sign-in half of {@code parley.security} (hashing and token secrets are bound by the security adapter).
 *
 * @param agentTokenTtl lifetime of a console sign-in
 * @param maxFailedSignIns failed sign-ins to one address from one client address that lock that client out of that
 *        address; the owner signing in from elsewhere is not affected
 * @param lockout the period over which those failures are forgiven again (evenly: with 5 per 15 minutes, one more
 *        attempt every 3 minutes); also the period of {@code maxFailedSignInsPerAddress}
 * @param maxFailedSignInsPerAddress failed sign-ins from one client address to any addresses, known or not
 *        (password spraying)
 */
@Validated
@ConfigurationProperties("parley.security")
public record AgentProperties(@DefaultValue("12h") Duration agentTokenTtl,
                              @DefaultValue("5") @Min(1) int maxFailedSignIns,
                              @DefaultValue("15m") Duration lockout,
                              @DefaultValue("20") @Min(1) int maxFailedSignInsPerAddress) {

    public AgentProperties {
        if (lockout.toSeconds() < 1) {
            throw new IllegalArgumentException("parley.security.lockout must be at least 1s, was " + lockout);
        }
    }
}
