package io.credence.api;

import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Links come only from configured hosts. With {@code credence.public-base-url} set, every link starts
 * from it whatever the Host header says ({@link PublicLinks}). Unset, the service is a desk's own
 * machine: links follow the request, so only a loopback Host (localhost, 127.0.0.0/8, [::1]) is served,
 * and any other is refused with 421 before anything reads the request, so that a forged Host can
 * reach no Location, no published ClaimReview and no console redirect. The operational endpoints
 * under /q/ write no links and answer whatever the Host (probes address a pod by its IP).
 */
@Singleton
public class HostGuard {

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    // Read once: the configuration does not change while the service runs, and looking it up cost
    // every request a few per cent of a read.
    private final boolean linksConfigured = PublicLinks.configured().isPresent();

    void install(@Observes Router router) {
        // Right after the request limits, before any body is read or any handler sees the Host.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseForeignHost);
    }

    void refuseForeignHost(RoutingContext rc) {
        HostAndPort authority = rc.request().authority();
        if (linksConfigured
                || authority == null
                || isLoopback(authority.host())
                || rc.request().path().startsWith("/q/")) {
            rc.next();
            return;
        }
        RequestLimits.refuse(
                rc,
                ProblemType.MISDIRECTED,
                "This service writes its links from the address it was "
                        + "reached at and is configured to answer only at localhost; set credence.public-base-url to the "
                        + "address clients use (docs/SECURITY.md, 'Links and the Host header')",
                "/");
    }

    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equals("localhost")
                || name.endsWith(".localhost")
                || name.equals("::1")
                || name.equals("0:0:0:0:0:0:0:1")
                || LOOPBACK_V4.matcher(name).matches();
    }
}
