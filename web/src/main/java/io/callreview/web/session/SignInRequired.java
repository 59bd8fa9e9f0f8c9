package io.callreview.web.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Sends a visitor who is not signed in to sign in first, remembering where they were going: an email link to a
 * nudge lands on that nudge afterwards.
 */
public class SignInRequired {

    private static final List<String> OPEN_PATHS = List.of("/sign-in", "/login", "/sign-out");

    @Inject
    SignedInUser user;

    @Inject
    LocalTokens localTokens;

    @ServerRequestFilter
    public Response requireSignIn(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (user.signedIn() || OPEN_PATHS.stream().anyMatch(path::startsWith)) {
            return null;
        }
        String next = request.getUriInfo().getRequestUri().getRawPath()
                + (request.getUriInfo().getRequestUri().getRawQuery() == null ? "" : "?" + request.getUriInfo().getRequestUri().getRawQuery());
        String signIn = localTokens.enabled() ? "/sign-in" : "/login";
        if (!"GET".equals(request.getMethod())) {
            next = "/";
        }
        return Response.seeOther(URI.create(signIn + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))).build();
    }

    /** Only a path of this app: never another site (an open redirect), never a scheme-relative {@code //host}. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
            return "/";
        }
        return next;
    }
}
