package io.callreview.web.signin;

import io.callreview.web.session.LocalTokens;
import io.callreview.web.session.SessionCookie;
import io.callreview.web.session.SignInRequired;
import io.callreview.web.session.WebConfig;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in and out. In production {@code /login} starts the OIDC authorization-code flow; locally
 * {@code /sign-in} lists the demo users and signs their token with the local key.
 */
@Path("/")
public class SignInResource {

    private static final Set<String> ROLES = Set.of("rep", "coach", "admin");

    @Inject
    Template signIn;

    @Inject
    LocalTokens localTokens;

    @Inject
    WebConfig config;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
    boolean oidc;

    @GET
    @Path("sign-in")
    public Object page(@QueryParam("next") String next) {
        if (!localTokens.enabled()) {
            return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(SignInRequired.safeNext(next), StandardCharsets.UTF_8))).build();
        }
        List<DemoUser> users = config.localSignIn().demoUsers().orElse(List.of()).stream().map(DemoUser::parse).toList();
        return signIn.data("users", users).data("next", SignInRequired.safeNext(next));
    }

    @POST
    @Path("sign-in")
    public Response signInLocally(@FormParam("role") String role, @FormParam("userId") String userId,
                                  @FormParam("teams") String teams, @FormParam("next") String next) {
        if (!localTokens.enabled()) {
            throw new NotFoundException();
        }
        if (role == null || !ROLES.contains(role) || userId == null || !userId.matches("[A-Za-z0-9._@-]{1,64}")) {
            return Response.status(400).entity(signIn.data("users", List.of()).data("next", SignInRequired.safeNext(next))
                    .data("error", "Choose a role and a user id of letters, digits, dots, dashes or @").render()).build();
        }
        List<String> teamList = teams == null ? List.of()
                : Arrays.stream(teams.split("[\\s,]+")).filter(t -> !t.isBlank()).toList();
        String token = localTokens.mint(userId, role, teamList);
        return Response.seeOther(URI.create(SignInRequired.safeNext(next)))
                .cookie(SessionCookie.of(token, config.sessionLength())).build();
    }

    /** OIDC: the provider's sign-in happens before this runs; then back to where the user was going. */
    @GET
    @Path("login")
    @Authenticated
    public Response login(@QueryParam("next") String next) {
        return Response.seeOther(URI.create(SignInRequired.safeNext(next))).build();
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        String after = oidc ? "/sign-out/oidc" : "/sign-in";
        return Response.seeOther(URI.create(after)).cookie(SessionCookie.cleared()).build();
    }
}
