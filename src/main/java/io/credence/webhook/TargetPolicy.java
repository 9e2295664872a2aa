package io.credence.webhook;

import io.credence.api.ApiException;
import io.credence.api.ProblemType;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs webhooks may call: http(s) only, and not private, loopback, link-local or other
 * internal addresses unless allowed, so that a webhook cannot be used to reach inside the network.
 * Checked when a webhook is registered and again before each delivery (the name may resolve
 * differently by then).
 */
final class TargetPolicy {

    private TargetPolicy() {
    }

    static URI check(String url, boolean allowPrivate) {
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
        if (!allowPrivate) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (isInternal(address)) {
                        throw invalid("resolves to an internal address (" + address.getHostAddress() + ")");
                    }
                }
            } catch (UnknownHostException e) {
                throw invalid("names a host that does not resolve");
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = a.getAddress();
        if (a instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                || (first == 169 && second == 254) || first >= 240;
    }

    private static ApiException invalid(String why) {
        return new ApiException(ProblemType.VALIDATION, "url: " + why);
    }
}
