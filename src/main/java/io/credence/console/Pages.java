package io.credence.console;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** What every console page answers with besides itself. */
final class Pages {

    private Pages() {
    }

    /** 303: after a form, the browser fetches the page the action leads to (post, redirect, get). */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
