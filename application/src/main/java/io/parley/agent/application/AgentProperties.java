package io.parley.agent.application;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param tokenTtl lifetime of a console sign-in
 * @param maxFailedSignIns wrong passwords in a row that lock an agent out
 * @param lockout how long a lock-out lasts
 */
@Validated
@ConfigurationProperties("parley.agents")
public record AgentProperties(@DefaultValue("12h") Duration tokenTtl,
                              @DefaultValue("5") @Min(1) int maxFailedSignIns,
                              @DefaultValue("15m") Duration lockout) {}
