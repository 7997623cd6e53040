package io.parley.gateway.adapter.websocket;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How agents' open connections follow their access.
 *
 * @param recheckInterval every agent connection's token is checked again this often, besides at once when the agent's
 *                        access changes: a safety net for a change whose notice did not arrive (the cluster bus down,
 *                        a node that died before telling the others) and for a token that expired
 */
@ConfigurationProperties("parley.gateway.agent-access")
record AgentAccessProperties(@DefaultValue("60s") Duration recheckInterval) {

    AgentAccessProperties {
        if (recheckInterval.isNegative() || recheckInterval.isZero()) {
            throw new IllegalArgumentException("parley.gateway.agent-access.recheck-interval must be positive");
        }
    }
}
