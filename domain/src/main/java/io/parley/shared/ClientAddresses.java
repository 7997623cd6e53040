package io.parley.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling: the address of the connection, or, when that connection comes from a trusted proxy, the client that
 * proxy names in {@code X-Forwarded-For}. The header is read from the right: the nearest hops are the trusted proxies,
 * the first address that is not one of them is the client; anything a client put further left is ignored, so a
 * client cannot pick its own address. Without trusted proxies the header is never read.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(%[\\w.-]+)?");

    private final List<Network> trusted;

    private ClientAddresses(List<Network> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** No proxy is trusted: every client is known by its connection's address. */
    public static final ClientAddresses DIRECT = new ClientAddresses(List.of());

    /**
     * @param trustedProxies addresses ({@code 10.0.0.5}) or networks ({@code 10.0.0.0/8}, {@code fd00::/8})
     * @throws IllegalArgumentException naming an entry that is neither
     */
    public static ClientAddresses trusting(List<String> trustedProxies) {
        List<Network> networks = new ArrayList<>();
        for (String entry : trustedProxies) {
            networks.add(Network.parse(entry).orElseThrow(() -> new IllegalArgumentException("'" + entry
                    + "' is not an IP address or network such as 10.0.0.5, 10.0.0.0/8 or fd00::/8")));
        }
        return new ClientAddresses(networks);
    }

    public boolean trustsAnyProxy() {
        return !trusted.isEmpty();
    }

    /**
     * @param remoteAddress the connection's peer address
     * @param forwardedFor  the values of every {@code X-Forwarded-For} header, in the order received
     */
    public String resolve(String remoteAddress, List<String> forwardedFor) {
        String client = canonical(remoteAddress).orElse(remoteAddress);
        if (!isTrusted(client) || forwardedFor.isEmpty()) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = canonical(hops.get(i));
            if (hop.isEmpty()) {
                return client; // not an address: the last trusted hop is all that is known
            }
            client = hop.get();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    /**
     * The part of an address that counts as one client for rate limits: an IPv4 address, or the /64 network of an
     * IPv6 address (one subscriber's usual allocation, which one machine may rotate through at will).
     */
    public static String rateLimitKey(String address) {
        Optional<InetAddress> parsed = parse(address);
        if (parsed.isPresent() && parsed.get() instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return key.append(":/64").toString();
        }
        return parsed.map(InetAddress::getHostAddress).orElse(address);
    }

    private boolean isTrusted(String address) {
        Optional<InetAddress> parsed = parse(address);
        return parsed.isPresent() && trusted.stream().anyMatch(network -> network.contains(parsed.get()));
    }

    private static Optional<String> canonical(String address) {
        return parse(address).map(InetAddress::getHostAddress).map(a -> a.toLowerCase(Locale.ROOT));
    }

    /** An IP literal only: a host name is never looked up. */
    private static Optional<InetAddress> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal)); // ::ffff:a.b.c.d comes back as the IPv4 address
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Network(InetAddress base, int prefix) {

        static Optional<Network> parse(String entry) {
            String text = entry == null ? "" : entry.strip();
            int slash = text.indexOf('/');
            Optional<InetAddress> base = ClientAddresses.parse(slash < 0 ? text : text.substring(0, slash));
            if (base.isEmpty()) {
                return Optional.empty();
            }
            int bits = base.get().getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = text.substring(slash + 1);
                if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                    return Optional.empty();
                }
                prefix = Integer.parseInt(length);
            }
            return Optional.of(new Network(base.get(), prefix));
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            byte[] b = base.getAddress();
            if (a.length != b.length || (address instanceof Inet4Address) != (base instanceof Inet4Address)) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[whole] & mask) == (b[whole] & mask);
        }
    }
}
