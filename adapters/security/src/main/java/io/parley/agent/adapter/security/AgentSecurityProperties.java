package io.parley.agent.adapter.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The password-hashing part of {@code parley.security}. The token lifetimes under the same prefix are bound by the
 * application, which issues the tokens.
 *
 * @param bcryptStrength log2 of the bcrypt work factor: each step doubles the time a sign-in spends hashing
 */
@ConfigurationProperties("parley.security")
public record AgentSecurityProperties(@DefaultValue("10") int bcryptStrength) {

    public AgentSecurityProperties {
        // bcrypt itself accepts 4 to 31; below 10 is too cheap to resist offline guessing
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException(
                    "parley.security.bcrypt-strength must be between 4 and 31 (10 or more in production), was "
                            + bcryptStrength);
        }
    }
}
