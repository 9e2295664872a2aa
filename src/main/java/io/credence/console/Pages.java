package io.credence.console;

import io.credence.api.PublicLinks;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** What every console page answers with besides itself. */
final class Pages {

    private Pages() {}

    /** 303: after a form, the browser fetches the page the action leads to (post, redirect, get). */
    static Response seeOther(String path) {
        // From the configured base when there is one: a relative Location is completed from the Host header.
        return Response.seeOther(URI.create(PublicLinks.configured()
                        .map(base -> base.replaceAll("/+$", "") + path)
                        .orElse(path)))
                .build();
    }
}
