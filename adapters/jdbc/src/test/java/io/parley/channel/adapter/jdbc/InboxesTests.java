package io.parley.channel.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.channel.ChannelType;
import io.parley.channel.model.Inbox;
import io.parley.channel.port.Inboxes;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxesTests extends PostgresBacked {

    @Autowired
    Inboxes inboxes;

    @Autowired
    Tenants tenants;

    @Test
    void roundTripsAnInboxAndFindsItByWidgetKey() {
        var tenant = tenants.create("Acme");
        var workspace = tenant.workspace().getId();
        var api = inboxes.save(Inbox.open(workspace, "Partner API", ChannelType.API, false, T0.plusSeconds(1)));

        var widget = inboxes.findById(workspace, tenant.inbox().getId()).orElseThrow();
        assertThat(widget.name()).isEqualTo("Website");
        assertThat(widget.channel()).isEqualTo(ChannelType.WEB_WIDGET);
        assertThat(widget.widgetKey()).isEqualTo(tenant.inbox().widgetKey());
        assertThat(widget.botFirst()).isTrue();
        assertThat(widget.enabled()).isTrue();
        assertThat(widget.createdAt()).isEqualTo(T0);
        assertThat(inboxes.findById(workspace, api.getId()).orElseThrow().widgetKey()).isNull();

        assertThat(inboxes.findByWidgetKey(tenant.inbox().widgetKey())).map(Inbox::getId).contains(widget.getId());
        assertThat(inboxes.findByWorkspace(workspace)).extracting(Inbox::getId).containsExactly(widget.getId(), api.getId());
    }

    @Test
    void savesChanges() {
        var tenant = tenants.create("Acme");
        var inbox = tenant.inbox();
        inbox.rename("Shop");
        inbox.disable();
        inboxes.save(inbox);

        var loaded = inboxes.findById(tenant.workspace().getId(), inbox.getId()).orElseThrow();
        assertThat(loaded.name()).isEqualTo("Shop");
        assertThat(loaded.enabled()).isFalse();
    }

    @Test
    void keepsEachWorkspaceToItsOwnInboxes() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");

        assertThat(inboxes.findById(globex.workspace().getId(), acme.inbox().getId())).isEmpty();
        assertThat(inboxes.findByWorkspace(globex.workspace().getId())).extracting(Inbox::getId)
                .containsExactly(globex.inbox().getId());
    }

    @Test
    void refusesASecondInboxWithTheSameWidgetKey() {
        var tenant = tenants.create("Acme");
        var first = tenant.inbox();
        var copy = new Inbox(InboxId.random(), first.workspaceId(), "Copy", ChannelType.WEB_WIDGET, first.widgetKey(),
                false, true, T0);

        assertThatThrownBy(() -> inboxes.save(copy))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("channel.widget-key-taken");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        assertThat(inboxes.findByWorkspace(tenant.workspace().getId())).hasSize(1);
    }
}
