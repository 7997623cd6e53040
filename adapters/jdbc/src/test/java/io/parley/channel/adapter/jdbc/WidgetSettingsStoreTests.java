package io.parley.channel.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.channel.WidgetSettings;
import io.parley.channel.WidgetSettings.Field;
import io.parley.channel.WidgetSettings.Position;
import io.parley.channel.port.WidgetSettingsStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WidgetSettingsStoreTests extends PostgresBacked {

    @Autowired
    WidgetSettingsStore store;

    @Autowired
    Tenants tenants;

    @Test
    void keepsTheLatestSettingsOfAnInbox() {
        var tenant = tenants.create("Acme");
        var workspace = tenant.workspace().getId();
        var inbox = tenant.inbox().getId();
        assertThat(store.find(workspace, inbox)).isEmpty();

        store.save(workspace, inbox, new WidgetSettings("#112233", Position.LEFT, "Hello", null, false,
                null, Field.REQUIRED, Field.HIDDEN));
        var changed = new WidgetSettings("#445566", Position.RIGHT, null, "您好", true, "小助手",
                Field.OPTIONAL, Field.REQUIRED);
        store.save(workspace, inbox, changed);

        assertThat(store.find(workspace, inbox)).contains(changed);
    }

    @Test
    void neitherShowsNorWritesAnotherWorkspacesInbox() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        var settings = new WidgetSettings("#112233", Position.LEFT, null, null, true, null, Field.HIDDEN,
                Field.HIDDEN);
        store.save(acme.workspace().getId(), acme.inbox().getId(), settings);

        assertThat(store.find(globex.workspace().getId(), acme.inbox().getId())).isEmpty();
        try {
            store.save(globex.workspace().getId(), acme.inbox().getId(), WidgetSettings.DEFAULT);
        } catch (RuntimeException refusedByTheForeignKey) {
            // either way, Acme's settings must stay as they were
        }
        assertThat(store.find(acme.workspace().getId(), acme.inbox().getId())).contains(settings);
    }

    @Test
    void refusesSettingsForAnInboxOfAnotherWorkspace() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");

        assertThatThrownBy(() -> store.save(globex.workspace().getId(), acme.inbox().getId(),
                WidgetSettings.DEFAULT)).isInstanceOf(RuntimeException.class);
        assertThat(store.find(acme.workspace().getId(), acme.inbox().getId())).isEmpty();
    }
}
