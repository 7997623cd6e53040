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
 * @param maxFailedSignIns wrong passwords in a row that lock an agent out
 * @param lockout how long a lock-out lasts
 */
@Validated
@ConfigurationProperties("parley.security")
public record AgentProperties(@DefaultValue("12h") Duration agentTokenTtl,
                              @DefaultValue("5") @Min(1) int maxFailedSignIns,
                              @DefaultValue("15m") Duration lockout) {}
