package io.parley.visitor.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.visitor.model.Visitor;
import io.parley.visitor.model.VisitorProfile;
import io.parley.visitor.port.Visitors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VisitorsTests extends PostgresBacked {

    @Autowired
    Visitors visitors;

    @Autowired
    Tenants tenants;

    @Test
    void roundTripsAVisitorAndTheirReturn() {
        var tenant = tenants.create("Acme");
        var visitor = visitors.save(Visitor.arrive(tenant.workspace().getId(), tenant.inbox().getId(),
                new VisitorProfile("李雷", null), T0));

        var loaded = visitors.findById(tenant.workspace().getId(), visitor.getId()).orElseThrow();
        assertThat(loaded.profile()).isEqualTo(new VisitorProfile("李雷", null));
        assertThat(loaded.firstInbox()).isEqualTo(tenant.inbox().getId());
        assertThat(loaded.firstSeenAt()).isEqualTo(T0);

        loaded.returnWith(new VisitorProfile(null, "li.lei@example.com"), T0.plusSeconds(3600));
        visitors.save(loaded);

        var returned = visitors.findById(tenant.workspace().getId(), visitor.getId()).orElseThrow();
        assertThat(returned.profile()).isEqualTo(new VisitorProfile("李雷", "li.lei@example.com"));
        assertThat(returned.lastSeenAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(returned.firstSeenAt()).isEqualTo(T0);
    }

    @Test
    void findsNoVisitorOfAnotherWorkspace() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        var visitor = tenants.visitor(acme);

        assertThat(visitors.findById(globex.workspace().getId(), visitor.getId())).isEmpty();
        assertThat(visitors.findById(acme.workspace().getId(), visitor.getId())).isPresent();
    }
}
