package io.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesUnitTests {

    private static final ClientAddresses PROXIES = ClientAddresses.trusting(List.of("10.0.0.0/8", "fd00::/8", "192.0.2.1"));

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverRead() {
        assertThat(ClientAddresses.DIRECT.resolve("10.1.2.3", List.of("203.0.113.9"))).isEqualTo("10.1.2.3");
    }

    @Test
    void aConnectionFromOutsideTheProxiesIsTheClientWhateverItForwards() {
        assertThat(PROXIES.resolve("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void theFirstUntrustedHopFromTheRightIsTheClient() {
        assertThat(PROXIES.resolve("10.0.0.2", List.of("198.51.100.66, 203.0.113.7, 10.3.3.3"))).isEqualTo("203.0.113.7");
        assertThat(PROXIES.resolve("192.0.2.1", List.of("198.51.100.66", "203.0.113.8"))).isEqualTo("203.0.113.8");
        assertThat(PROXIES.resolve("fd12::1", List.of("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void garbageOrHostNamesInTheHeaderAreNeverTakenForAnAddress() {
        assertThat(PROXIES.resolve("10.0.0.2", List.of("evil.example.com"))).isEqualTo("10.0.0.2");
        assertThat(PROXIES.resolve("10.0.0.2", List.of("cafe, 10.0.0.9"))).isEqualTo("10.0.0.9");
        assertThat(PROXIES.resolve("10.0.0.2", List.of(""))).isEqualTo("10.0.0.2");
    }

    @Test
    void allHopsTrustedLeavesTheLeftmost() {
        assertThat(PROXIES.resolve("10.0.0.2", List.of("10.9.9.9, 10.0.0.1"))).isEqualTo("10.9.9.9");
    }

    @Test
    void refusesEntriesThatAreNotAddressesOrNetworks() {
        assertThatThrownBy(() -> ClientAddresses.trusting(List.of("proxy.internal"))).hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> ClientAddresses.trusting(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
    }

    @Test
    void ipv6ClientsCountByTheirSlash64() {
        assertThat(ClientAddresses.rateLimitKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddresses.rateLimitKey("2001:db8:1:2:bbbb::9")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddresses.rateLimitKey("203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
