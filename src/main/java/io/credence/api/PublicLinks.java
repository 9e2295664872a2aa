package io.credence.api;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Links the service writes (Location headers, ClaimReview and job URLs) start from the configured
 * public base URL, {@code credence.public-base-url}, not from the request's Host header, which any
 * client sets: a forged Host would otherwise end up in a cached answer or a published ClaimReview.
 * Unset, links follow the request, as suits a service run on a desk's own machine, and {@link HostGuard}
 * then serves only loopback Hosts.
 */
public final class PublicLinks {

    private PublicLinks() {}

    /** The service's root. */
    public static UriBuilder base(UriInfo uri) {
        return configured().map(UriBuilder::fromUri).orElseGet(uri::getBaseUriBuilder);
    }

    /** The requested resource's own URL (for a Location below it). */
    public static UriBuilder absolutePath(UriInfo uri) {
        return configured()
                .map(base -> UriBuilder.fromUri(base).path(uri.getPath()))
                .orElseGet(uri::getAbsolutePathBuilder);
    }

    /** The configured public base URL, when one is set (blank counts as unset). */
    public static Optional<String> configured() {
        Config config = ConfigProvider.getConfig();
        Read read = lastRead;
        if (read == null || read.config() != config) {
            read = new Read(
                    config,
                    config.getOptionalValue("credence.public-base-url", String.class)
                            .filter(base -> !base.isBlank()));
            lastRead = read;
        }
        return read.base();
    }

    /**
     * The base as read from one configuration. Looking it up took 2 % of the CPU of adding evidence (one
     * Location header); the configuration does not change while the application runs, and a restarted
     * application (a test profile) has a configuration of its own, so the value is read again then.
     */
    private record Read(Config config, Optional<String> base) {}

    private static volatile Read lastRead;
}
