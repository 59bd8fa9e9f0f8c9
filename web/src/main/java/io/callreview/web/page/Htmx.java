package io.callreview.web.page;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Pages work without JavaScript: a form posts, the app redirects back (post, redirect, get). With htmx the same form
 * asks only for the changed fragment.
 */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpHeaders headers) {
        return "true".equals(headers.getHeaderString("HX-Request"));
    }

    /** After a form post without htmx: show the page again. */
    public static Response backTo(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
