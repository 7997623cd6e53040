package io.parley.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The guard on every outbound call to an address a user gave (a webhook endpoint, a channel's callback): such a URL
 * must be {@code http} or {@code https}, and every address its host resolves to must be a public one. Loopback,
 * private, link-local, shared (CGNAT), benchmark, documentation, multicast, reserved and unspecified ranges are refused
 * in IPv4 and IPv6, including IPv4 addresses embedded in IPv6 ones (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
 *
 * <p>Installations that must reach internal systems open them explicitly: an allow-list of host names (exact, any
 * case) and IP addresses or networks ({@code 10.0.0.5}, {@code 10.0.0.0/8}, {@code fd00::/8}). A host name on the list
 * may resolve to any address; an address inside a listed network is allowed whatever name led to it.
 *
 * <p>The check is made when a URL is saved ({@link #checkUrl(String)}) and again by the outbound adapter for every
 * address it is about to connect to ({@link #checkAddress(String, InetAddress)}), so that a name which later resolves
 * to an internal address is refused then.
 */
public final class OutboundPolicy {

    /** The longest URL accepted. */
    public static final int MAX_URL_LENGTH = 2048;

    /** The code of a URL that is malformed, too long, not http(s), or carries credentials or a fragment. */
    public static final String URL_INVALID = "outbound.url-invalid";

    /** The code of a URL whose host is or resolves to an address the guard refuses. */
    public static final String ADDRESS_REFUSED = "outbound.address-refused";

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /** Ranges refused unless allowed; IPv4 ones also apply to IPv4 addresses embedded in IPv6 ones. */
    private static final List<Network> REFUSED = List.of(
            Network.of("0.0.0.0/8"),          // "this network", unspecified
            Network.of("10.0.0.0/8"),         // private
            Network.of("100.64.0.0/10"),      // shared address space (CGNAT)
            Network.of("127.0.0.0/8"),        // loopback
            Network.of("169.254.0.0/16"),     // link-local (cloud metadata services live here)
            Network.of("172.16.0.0/12"),      // private
            Network.of("192.0.0.0/24"),       // IETF protocol assignments
            Network.of("192.0.2.0/24"),       // documentation
            Network.of("192.88.99.0/24"),     // 6to4 relay anycast
            Network.of("192.168.0.0/16"),     // private
            Network.of("198.18.0.0/15"),      // benchmarking
            Network.of("198.51.100.0/24"),    // documentation
            Network.of("203.0.113.0/24"),     // documentation
            Network.of("224.0.0.0/4"),        // multicast
            Network.of("240.0.0.0/4"),        // reserved, and the broadcast address
            Network.of("::/128"),             // unspecified
            Network.of("::1/128"),            // loopback
            Network.of("100::/64"),           // discard-only
            Network.of("2001::/23"),          // IETF protocol assignments (Teredo, benchmarking 2001:2::/48, ORCHID)
            Network.of("2001:db8::/32"),      // documentation
            Network.of("fc00::/7"),           // unique local
            Network.of("fe80::/10"),          // link-local
            Network.of("fec0::/10"),          // site-local (deprecated)
            Network.of("ff00::/8"));          // multicast

    private final Set<String> allowedHosts;
    private final List<Network> allowedNetworks;

    private OutboundPolicy(Set<String> allowedHosts, List<Network> allowedNetworks) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.allowedNetworks = List.copyOf(allowedNetworks);
    }

    /** Refuses every internal address. */
    public static final OutboundPolicy STRICT = new OutboundPolicy(Set.of(), List.of());

    /**
     * @param allowed host names ({@code crm.internal}), addresses ({@code 10.0.0.5}, {@code fd00::5}) or networks
     *        ({@code 10.0.0.0/8}, {@code fd00::/8}) that outbound calls may reach although they are internal
     * @throws IllegalArgumentException naming an entry that is none of these
     */
    public static OutboundPolicy allowing(List<String> allowed) {
        List<String> hosts = new ArrayList<>();
        List<Network> networks = new ArrayList<>();
        for (String raw : allowed) {
            String entry = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            if (isIpLiteral(address)) {
                networks.add(Network.parse(entry).orElseThrow(() -> new IllegalArgumentException("'" + raw
                        + "' is not an IP address or network such as 10.0.0.5, 10.0.0.0/8 or fd00::/8")));
            } else if (entry.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?")) {
                hosts.add(trimDot(entry));
            } else {
                throw new IllegalArgumentException("'" + raw + "' is neither a host name nor an IP address or network");
            }
        }
        return new OutboundPolicy(Set.copyOf(hosts), networks);
    }

    /** Whether anything internal is allowed at all. */
    public boolean allowsInternalTargets() {
        return !allowedHosts.isEmpty() || !allowedNetworks.isEmpty();
    }

    /**
     * Checks what can be checked without looking the host up: the URL's form and, when its host is an IP address,
     * that address.
     *
     * @return the URL, parsed
     * @throws DomainException {@value #URL_INVALID} or {@value #ADDRESS_REFUSED}
     */
    public URI checkUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            throw invalid("A URL is required.");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw invalid("The URL is longer than " + MAX_URL_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid("The URL is not well-formed: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("Only http and https URLs can be called.");
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("The URL has no host name.");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("The URL may not carry a user name or password.");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("The URL may not carry a fragment (#...).");
        }
        String host = host(uri);
        if (isIpLiteral(host)) {
            checkAddress(host, literal(host));
        }
        return uri;
    }

    /**
     * Checks one address a host resolved to, right before connecting to it.
     *
     * @throws DomainException {@value #ADDRESS_REFUSED} when the address is internal and not allowed
     */
    public void checkAddress(String host, InetAddress address) {
        if (!permits(host, address)) {
            throw DomainException.invalid(ADDRESS_REFUSED, "'" + host + "' resolves to " + address.getHostAddress()
                    + ", an internal address; outbound calls reach only public addresses unless "
                    + "parley.outbound.allowed-hosts opens it.")
                    .withDetail("address", address.getHostAddress());
        }
    }

    /** Whether a call to {@code address}, reached through the name {@code host}, may be made. */
    public boolean permits(String host, InetAddress address) {
        if (allowedHosts.contains(trimDot(unbracket(host).toLowerCase(Locale.ROOT)))) {
            return true;
        }
        if (allowedNetworks.stream().anyMatch(network -> network.contains(address))) {
            return true;
        }
        return !isInternal(address);
    }

    /** Whether the address is in a range refused by default (IPv4 addresses embedded in IPv6 ones included). */
    public static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        if (REFUSED.stream().anyMatch(network -> network.contains(address))) {
            return true;
        }
        if (address instanceof Inet6Address v6) {
            InetAddress embedded = embeddedIpv4(v6.getAddress());
            return embedded != null && isInternal(embedded);
        }
        return false;
    }

    /** The host of a URL without the brackets of an IPv6 literal. */
    public static String host(URI uri) {
        return unbracket(uri.getHost());
    }

    /**
     * The IPv4 address inside an IPv6 one that carries one: IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible
     * {@code ::a.b.c.d}, IPv4-translated {@code ::ffff:0:a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d} and {@code 64:ff9b:1::/48}, and 6to4 {@code 2002:ab:cd::}.
     */
    private static @Nullable InetAddress embeddedIpv4(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        boolean mapped = firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0;
        boolean firstEightZero = true;
        for (int i = 0; i < 8; i++) {
            firstEightZero &= b[i] == 0;
        }
        boolean translated = firstEightZero && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        if (mapped || compatible || translated || nat64) {
            return ipv4(b[12], b[13], b[14], b[15]);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return ipv4(b[2], b[3], b[4], b[5]);
        }
        return null;
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isIpLiteral(String host) {
        String text = unbracket(host);
        return IPV4_LITERAL.matcher(text).matches() || IPV6_LITERAL.matcher(text).matches();
    }

    /** Parses an IP literal without ever looking a name up (an IPv4 literal with an octet over 255 is no literal). */
    private static java.util.Optional<InetAddress> parseLiteral(String text) {
        if (IPV4_LITERAL.matcher(text).matches()) {
            for (String octet : text.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return java.util.Optional.empty();
                }
            }
        } else if (!IPV6_LITERAL.matcher(text).matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return java.util.Optional.empty();
        }
    }

    private static InetAddress literal(String host) {
        return parseLiteral(unbracket(host)).orElseThrow(() -> invalid("'" + host + "' is not a valid IP address."));
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String trimDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static DomainException invalid(String message) {
        return DomainException.invalid(URL_INVALID, message);
    }

    private record Network(byte[] base, int prefix) {

        static Network of(String cidr) {
            return parse(cidr).orElseThrow();
        }

        static java.util.Optional<Network> parse(String cidr) {
            int slash = cidr.indexOf('/');
            String address = unbracket(slash < 0 ? cidr : cidr.substring(0, slash));
            if (!isIpLiteral(address)) {
                return java.util.Optional.empty();
            }
            var parsed = parseLiteral(address);
            if (parsed.isEmpty()) {
                return java.util.Optional.empty();
            }
            byte[] bytes = parsed.get().getAddress();
            int bits = bytes.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = cidr.substring(slash + 1);
                if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                    return java.util.Optional.empty();
                }
                prefix = Integer.parseInt(length);
            }
            return java.util.Optional.of(new Network(bytes, prefix));
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != base.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (a[i] != base[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[whole] & mask) == (base[whole] & mask);
        }
    }

}
