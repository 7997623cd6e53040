package io.parley.workspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkspaceUnitTests {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final AllowedOrigin SHOP = new AllowedOrigin("https://shop.example.com");

    private static Set<AllowedOrigin> origins(int count) {
        return IntStream.range(0, count).mapToObj(i -> new AllowedOrigin("https://s" + i + ".example.com"))
                .collect(Collectors.toSet());
    }

    @Test
    void createsWithFreshIdNameAndOrigins() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), Set.of(SHOP), NOW);

        assertThat(workspace.getId()).isNotNull().isNotEqualTo(Workspace.create(new WorkspaceName("Acme"), Set.of(), NOW).getId());
        assertThat(workspace.name().value()).isEqualTo("Acme");
        assertThat(workspace.allowedOrigins()).containsExactly(SHOP);
        assertThat(workspace.createdAt()).isEqualTo(NOW);
    }

    @Test
    void admitsAnAllowedOriginOnly() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), Set.of(SHOP), NOW);

        assertThat(workspace.admitsOrigin("https://shop.example.com")).isTrue();
        assertThat(workspace.admitsOrigin("https://evil.example.com")).isFalse();
    }

    @Test
    void theWildcardAdmitsEveryPageForVisitorsButNoneForAgents() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), Set.of(AllowedOrigin.ANY, SHOP), NOW);

        assertThat(workspace.admitsOrigin("https://evil.example.com")).isTrue();
        assertThat(workspace.admitsAgentOrigin("https://evil.example.com")).isFalse();
        assertThat(workspace.admitsAgentOrigin("https://shop.example.com")).as("listed by name").isTrue();
        assertThat(workspace.admitsAgentOrigin(null)).as("not a browser").isTrue();
    }

    @Test
    void admitsRequestsWithoutOriginBecauseOnlyBrowsersSendOne() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), Set.of(SHOP), NOW);

        assertThat(workspace.admitsOrigin(null)).isTrue();
        assertThat(workspace.admitsOrigin("  ")).isTrue();
    }

    @Test
    void admitsNoBrowserOriginWhenNoneIsAllowed() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), Set.of(), NOW);

        assertThat(workspace.admitsOrigin("https://shop.example.com")).isFalse();
    }

    @Test
    void wildcardAdmitsEveryOrigin() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), Set.of(AllowedOrigin.ANY), NOW);

        assertThat(workspace.admitsOrigin("https://anything.example")).isTrue();
    }

    @Test
    void acceptsFiftyOriginsAndRejectsFiftyOne() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), origins(Workspace.MAX_ORIGINS), NOW);
        assertThat(workspace.allowedOrigins()).hasSize(50);

        assertThatThrownBy(() -> workspace.allowOrigins(origins(Workspace.MAX_ORIGINS + 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("workspace.too-many-origins"));
        assertThat(workspace.allowedOrigins()).hasSize(50);
        assertThatThrownBy(() -> Workspace.create(new WorkspaceName("Acme"), origins(51), NOW))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void replacesOriginsAndIsNotChangedThroughTheGivenSet() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), Set.of(SHOP), NOW);
        var given = new HashSet<>(Set.of(new AllowedOrigin("https://other.example.com")));

        workspace.allowOrigins(given);
        given.add(AllowedOrigin.ANY);

        assertThat(workspace.allowedOrigins()).containsExactly(new AllowedOrigin("https://other.example.com"));
        assertThat(workspace.admitsOrigin("https://shop.example.com")).isFalse();
        assertThatThrownBy(() -> workspace.allowedOrigins().add(SHOP)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void renames() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), Set.of(), NOW);

        workspace.rename(new WorkspaceName("Acme Europe"));

        assertThat(workspace.name().value()).isEqualTo("Acme Europe");
    }

    @Test
    void allowsLinksToAtMostFiftyHosts() {
        var workspace = Workspace.create(new WorkspaceName("Acme"), Set.of(), NOW);
        var hosts = IntStream.range(0, Workspace.MAX_LINK_HOSTS + 1)
                .mapToObj(i -> new io.parley.workspace.LinkHost("h" + i + ".example.com")).collect(Collectors.toSet());

        assertThat(workspace.allowedLinkHosts()).isEmpty();
        workspace.allowLinksTo(Set.of(new io.parley.workspace.LinkHost("help.example.com")));
        assertThat(workspace.allowedLinkHosts()).containsExactly(new io.parley.workspace.LinkHost("help.example.com"));
        assertThatThrownBy(() -> workspace.allowLinksTo(hosts)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("workspace.too-many-link-hosts"));
        assertThat(workspace.allowedLinkHosts()).hasSize(1);
    }
}
