package io.credence.webhook;

import io.credence.refusal.Invalid;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs webhooks may call: http(s) only, and not private, loopback, link-local or other
 * internal addresses unless allowed, so that a webhook cannot be used to reach inside the network.
 * Checked when a webhook is registered and again before each delivery (the name may resolve
 * differently by then); the delivery then connects to the address checked here
 * ({@link PinnedSender}), so a name cannot resolve to one address for the check and another for
 * the call (DNS rebinding).
 */
final class TargetPolicy {

    /** How a host name becomes addresses; the system's resolver outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A webhook URL and the address it was checked at, which its delivery connects to. */
    record Target(URI uri, InetAddress address) {}

    private TargetPolicy() {}

    static Target check(String url, boolean allowPrivate) {
        return check(url, allowPrivate, InetAddress::getAllByName);
    }

    static Target check(String url, boolean allowPrivate, Resolver resolver) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw invalid("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw invalid("must name a host, without user information");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw invalid("names a host that does not resolve");
        }
        if (addresses.length == 0) {
            throw invalid("names a host that does not resolve");
        }
        if (!allowPrivate) {
            // every address the name has, not only the one used: a resolver may hand them out in turn
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw invalid("resolves to an internal address (" + address.getHostAddress() + ")");
                }
            }
        }
        return new Target(uri, addresses[0]);
    }

    /**
     * Whether an address is anything but public unicast: every IPv4 range of IANA's special-purpose
     * address registry (RFC 6890 and updates: private, loopback, link-local, shared, benchmarking,
     * documentation, IETF protocol assignments, 6to4 relay, multicast, reserved), and for IPv6 all
     * that lies outside global unicast 2000::/3 (so ::1, ::, IPv4-compatible and -translated forms,
     * NAT64 64:ff9b::/96, unique local, link-local and multicast) plus, inside it, the IETF protocol
     * assignments 2001::/23 (Teredo among them), documentation 2001:db8::/32 and 3fff::/20, and 6to4
     * 2002::/16, whose addresses embed an IPv4 one.
     */
    static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if ((first & 0xe0) != 0x20) {
                return true; // outside 2000::/3
            }
            return (first == 0x20 && second == 0x01 && (b[2] & 0xfe) == 0) // 2001::/23
                    || (first == 0x20
                            && second == 0x01
                            && (b[2] & 0xff) == 0x0d
                            && (b[3] & 0xff) == 0xb8) // 2001:db8::/32
                    || (first == 0x20 && second == 0x02) // 2002::/16, 6to4
                    || (first == 0x3f && second == 0xff && (b[2] & 0xf0) == 0); // 3fff::/20
        }
        int x = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        for (int[] range : SPECIAL_IPV4) {
            int mask = range[1] == 0 ? 0 : -1 << (32 - range[1]);
            if ((x & mask) == (range[0] & mask)) {
                return true;
            }
        }
        return false;
    }

    /** IANA IPv4 special-purpose address registry, and multicast and reserved space: {network, prefix length}. */
    private static final int[][] SPECIAL_IPV4 = {
        {ip(0, 0, 0, 0), 8}, {ip(10, 0, 0, 0), 8}, {ip(100, 64, 0, 0), 10}, {ip(127, 0, 0, 0), 8},
        {ip(169, 254, 0, 0), 16}, {ip(172, 16, 0, 0), 12}, {ip(192, 0, 0, 0), 24}, {ip(192, 0, 2, 0), 24},
        {ip(192, 31, 196, 0), 24}, {ip(192, 52, 193, 0), 24}, {ip(192, 88, 99, 0), 24}, {ip(192, 168, 0, 0), 16},
        {ip(192, 175, 48, 0), 24}, {ip(198, 18, 0, 0), 15}, {ip(198, 51, 100, 0), 24}, {ip(203, 0, 113, 0), 24},
        {ip(224, 0, 0, 0), 4}, {ip(240, 0, 0, 0), 4}
    };

    private static int ip(int a, int b, int c, int d) {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    private static Invalid invalid(String why) {
        return new Invalid("url: " + why);
    }
}
