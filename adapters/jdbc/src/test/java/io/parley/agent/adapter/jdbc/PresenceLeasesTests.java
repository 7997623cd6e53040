package io.parley.agent.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.agent.PresenceStatus;
import io.parley.agent.model.Agent;
import io.parley.agent.model.NodeId;
import io.parley.agent.model.PresenceRecord;
import io.parley.agent.port.PresenceLeases;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Presence leases shared by the nodes of a cluster, on the database's clock. */
class PresenceLeasesTests extends PostgresBacked {

    private static final Duration LONG = Duration.ofMinutes(5);

    @Autowired
    PresenceLeases leases;

    @Autowired
    Tenants tenants;

    @Test
    void aNodeSeesTheLeasesOfTheOthersButNotItsOwn() {
        var tenant = tenants.create("Acme");
        Agent ann = tenants.agent(tenant);
        Agent bob = tenants.agent(tenant);
        var a = NodeId.random();
        var b = NodeId.random();
        leases.hold(a, record(ann, PresenceStatus.ONLINE), LONG);
        leases.hold(a, record(ann, PresenceStatus.AWAY), LONG);
        leases.hold(b, record(bob, PresenceStatus.ONLINE), LONG);

        assertThat(leases.heldByOthers(b, ann.workspaceId())).containsExactly(record(ann, PresenceStatus.AWAY));
        assertThat(leases.heldByOthers(a, ann.workspaceId())).containsExactly(record(bob, PresenceStatus.ONLINE));
        assertThat(leases.heldByOthers(b)).contains(record(ann, PresenceStatus.AWAY))
                .doesNotContain(record(bob, PresenceStatus.ONLINE));
        assertThat(leases.heldByOthers(NodeId.random(), tenants.create("Globex").workspace().getId())).isEmpty();

        leases.release(a, ann.getId());
        assertThat(leases.heldByOthers(b, ann.workspaceId())).isEmpty();
    }

    @Test
    void anUnrenewedLeaseExpiresAndARenewedOneDoesNot() throws InterruptedException {
        var tenant = tenants.create("Acme");
        Agent ann = tenants.agent(tenant);
        Agent bob = tenants.agent(tenant);
        var dead = NodeId.random();
        var alive = NodeId.random();
        leases.hold(dead, record(ann, PresenceStatus.ONLINE), LONG);
        leases.hold(alive, record(bob, PresenceStatus.ONLINE), LONG);
        var observer = NodeId.random();
        assertThat(leases.heldByOthers(observer, ann.workspaceId())).hasSize(2);

        // the dead node's last renewal is for a millisecond, the living one's for minutes: however slow the machine,
        // only the former runs out
        assertThat(leases.renew(dead, Duration.ofMillis(1))).isEqualTo(1);
        assertThat(leases.renew(alive, LONG)).isEqualTo(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (leases.heldByOthers(observer, ann.workspaceId()).size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(leases.heldByOthers(observer, ann.workspaceId())).containsExactly(record(bob, PresenceStatus.ONLINE));
        assertThat(leases.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(leases.renew(dead, LONG)).as("the expired lease is gone").isZero();
        assertThat(leases.renew(alive, LONG)).as("the renewed lease is kept").isEqualTo(1);
    }

    @Test
    void aNodeReleasesWhatItNoLongerHolds() {
        var tenant = tenants.create("Acme");
        Agent ann = tenants.agent(tenant);
        Agent bob = tenants.agent(tenant);
        var node = NodeId.random();
        leases.hold(node, record(ann, PresenceStatus.ONLINE), LONG);
        leases.hold(node, record(bob, PresenceStatus.ONLINE), LONG);

        leases.releaseAllBut(node, List.of(bob.getId()));
        assertThat(leases.heldByOthers(NodeId.random(), ann.workspaceId())).containsExactly(record(bob, PresenceStatus.ONLINE));
        leases.releaseAllBut(node, List.of());
        assertThat(leases.renew(node, LONG)).isZero();
    }

    private static PresenceRecord record(Agent agent, PresenceStatus status) {
        return new PresenceRecord(agent.workspaceId(), agent.getId(), status, T0);
    }
}
