package io.parley.agent.adapter.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agents' half of {@code parley.security}; the visitors' half lives with the visitor tokens. Both bind the same
 * prefix so that operators configure security in one place.
 *
 * @param bcryptStrength log2 of the bcrypt work factor: each step doubles the time a sign-in spends hashing
 * @param agentTokenTtl how long a console sign-in stays valid
 */
@ConfigurationProperties("parley.security")
public record AgentSecurityProperties(@DefaultValue("10") int bcryptStrength,
                                      @DefaultValue("12h") Duration agentTokenTtl) {

    public AgentSecurityProperties {
        // bcrypt itself accepts 4 to 31; below 10 is too cheap to resist offline guessing
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException(
                    "parley.security.bcrypt-strength must be between 4 and 31 (10 or more in production), was "
                            + bcryptStrength);
        }
        if (agentTokenTtl.isNegative() || agentTokenTtl.isZero()) {
            throw new IllegalArgumentException("parley.security.agent-token-ttl must be positive, was " + agentTokenTtl);
        }
    }
}
