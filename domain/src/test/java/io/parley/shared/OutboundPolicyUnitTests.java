package io.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutboundPolicyUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254",
            "127.0.0.1", "127.5.6.7", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1",
            "192.168.0.1", "192.168.255.255", "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9",
            "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
            "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "fec0::1", "ff02::1", "2001:db8::1",
            "2001::1", "2001:2::1", "100::1", "::ffff:0:127.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe",
            "64:ff9b::10.0.0.1", "2002:c0a8:0101::1", "2002:7f00:1::"})
    void internalAddressesAreRefused(String literal) throws Exception {
        InetAddress address = InetAddress.getByName(literal);
        assertThat(OutboundPolicy.isInternal(address)).as(literal).isTrue();
        assertThat(OutboundPolicy.STRICT.permits("example.com", address)).isFalse();
        assertThatThrownBy(() -> OutboundPolicy.STRICT.checkAddress("example.com", address))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(OutboundPolicy.ADDRESS_REFUSED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.1", "100.63.255.255", "100.128.0.1",
            "172.15.255.255", "172.32.0.1", "192.167.255.255", "192.169.0.1", "198.17.255.255", "198.20.0.1",
            "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "64:ff9b::808:808",
            "2002:0808:0808::1"})
    void publicAddressesAreCalled(String literal) throws Exception {
        InetAddress address = InetAddress.getByName(literal);
        assertThat(OutboundPolicy.isInternal(address)).as(literal).isFalse();
        assertThat(OutboundPolicy.STRICT.permits("example.com", address)).isTrue();
    }

    @Test
    void anIpv4MappedAddressKeptAsIpv6IsJudgedByItsIpv4Address() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        var v6 = Inet6Address.getByAddress("mapped", mapped, -1);
        assertThat(v6).isInstanceOf(Inet6Address.class);
        assertThat(OutboundPolicy.isInternal(v6)).isTrue();
        byte[] mappedPublic = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 8, 8, 8, 8};
        assertThat(OutboundPolicy.isInternal(Inet6Address.getByAddress("mapped", mappedPublic, -1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "file:///etc/passwd", "gopher://example.com", "javascript:alert(1)",
            "example.com/hook", "https://", "https://user:pw@example.com/", "https://example.com/#frag",
            "http://exa mple.com/", " ", "https:///path"})
    void malformedOrNonHttpUrlsAreRefused(String url) {
        assertThatThrownBy(() -> OutboundPolicy.STRICT.checkUrl(url)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(OutboundPolicy.URL_INVALID));
    }

    @Test
    void anOverlongUrlIsRefused() {
        String url = "https://example.com/" + "a".repeat(OutboundPolicy.MAX_URL_LENGTH);
        assertThatThrownBy(() -> OutboundPolicy.STRICT.checkUrl(url)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(OutboundPolicy.URL_INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "https://[::1]/hook", "http://[::ffff:127.0.0.1]/",
            "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "https://[fd00::1]:8443/x",
            "http://0.0.0.0/", "http://[fe80::1]/"})
    void urlsNamingAnInternalAddressAreRefusedWhenSaved(String url) {
        assertThatThrownBy(() -> OutboundPolicy.STRICT.checkUrl(url)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(OutboundPolicy.ADDRESS_REFUSED));
    }

    @Test
    void publicUrlsPassWithTheirHost() {
        var uri = OutboundPolicy.STRICT.checkUrl("https://hooks.example.com:8443/parley?x=1");
        assertThat(OutboundPolicy.host(uri)).isEqualTo("hooks.example.com");
        assertThat(OutboundPolicy.host(OutboundPolicy.STRICT.checkUrl("http://[2606:4700::1]/"))).isEqualTo("2606:4700::1");
    }

    @Test
    void theAllowListOpensNamedHostsAndNetworksOnly() throws Exception {
        var policy = OutboundPolicy.allowing(List.of(" CRM.Internal ", "10.20.0.0/16", "127.0.0.1", "fd00::/8"));
        assertThat(policy.allowsInternalTargets()).isTrue();
        assertThat(policy.permits("crm.internal", InetAddress.getByName("192.168.1.1"))).isTrue();
        assertThat(policy.permits("crm.internal.", InetAddress.getByName("192.168.1.1"))).isTrue();
        assertThat(policy.permits("other.internal", InetAddress.getByName("192.168.1.1"))).isFalse();
        assertThat(policy.permits("x", InetAddress.getByName("10.20.3.4"))).isTrue();
        assertThat(policy.permits("x", InetAddress.getByName("10.21.3.4"))).isFalse();
        assertThat(policy.permits("x", InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(policy.permits("x", InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(policy.permits("x", InetAddress.getByName("::1"))).isFalse();
        assertThat(policy.permits("x", InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(policy.checkUrl("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
        assertThat(OutboundPolicy.STRICT.allowsInternalTargets()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "300.1.1.1", "::1/129", "bad host", "under_score.example", "10.0.0.0/x"})
    void aMalformedAllowListEntryIsRefusedAtStart(String entry) {
        assertThatThrownBy(() -> OutboundPolicy.allowing(List.of(entry))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry);
    }
}
