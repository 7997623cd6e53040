package io.parley.visitor.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.visitor.VisitorPage;
import io.parley.visitor.port.VisitorPageStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VisitorPageStoreTests extends PostgresBacked {

    @Autowired
    VisitorPageStore pages;

    @Autowired
    Tenants tenants;

    @Test
    void keepsTheLatestReportOfEachVisitor() {
        var tenant = tenants.create("Acme");
        var visitor = tenants.visitor(tenant);
        var workspace = tenant.workspace().getId();

        pages.save(workspace, visitor.getId(), new VisitorPage("https://shop.example/", "Home", null, "UA/1", T0));
        pages.save(workspace, visitor.getId(), new VisitorPage("https://shop.example/cart", "<b>Cart</b>",
                "https://search.example/", "UA/1", T0.plusSeconds(60)));

        var latest = pages.find(workspace, visitor.getId()).orElseThrow();
        assertThat(latest.url()).isEqualTo("https://shop.example/cart");
        assertThat(latest.title()).isEqualTo("<b>Cart</b>");
        assertThat(latest.referrer()).isEqualTo("https://search.example/");
        assertThat(latest.reportedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void showsNoReportToAnotherWorkspace() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        var visitor = tenants.visitor(acme);
        pages.save(acme.workspace().getId(), visitor.getId(), new VisitorPage("https://acme.example/", null, null,
                null, T0));

        assertThat(pages.find(globex.workspace().getId(), visitor.getId())).isEmpty();
        // nor can another workspace overwrite it
        pages.save(globex.workspace().getId(), visitor.getId(), new VisitorPage("https://evil.example/", null, null,
                null, T0));
        assertThat(pages.find(acme.workspace().getId(), visitor.getId()).orElseThrow().url())
                .isEqualTo("https://acme.example/");
    }
}
