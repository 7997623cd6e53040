package io.parley;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Recovery of an installation that has lost its last admin (disabled, demoted, forgotten password): set at one start,
 * for example {@code java -jar parley-exec.jar --parley.recovery.admin-email=ann@example.com}, then remove.
 *
 * @param adminEmail the address that becomes an enabled admin (created when no agent has it); unset: no recovery
 * @param adminPassword their new password (at least 10 characters); unset: one is generated and printed once
 * @param workspace the id of the workspace a new admin joins; unset: the oldest workspace
 */
@ConfigurationProperties("parley.recovery")
public record AdminRecoveryProperties(@Nullable String adminEmail, @Nullable String adminPassword,
                                      @Nullable String workspace) {}
