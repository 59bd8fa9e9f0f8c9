package io.callreview.web.settings;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.web.api.ApiProblem;
import io.callreview.web.api.NotificationApi;
import io.callreview.web.page.Htmx;
import io.callreview.web.session.SignedInUser;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The rep's own notification preferences (notification-service): channels and their addresses, time zone, working
 * hours and days, quiet hours, daily cap and digest. Saving posts, then redirects back with a notice; a field the
 * service refuses comes back in the form, next to its input, with what the rep typed.
 */
@Path("/settings")
public class SettingsResource {

    @Inject
    Template settings;

    @Inject
    SignedInUser user;

    @RestClient
    NotificationApi notifications;

    @GET
    public TemplateInstance show(@QueryParam("saved") boolean saved) {
        JsonNode current = notifications.preferences(user.id());
        return settings.data("form", SettingsForm.of(current)).data("current", current).data("errors", FieldErrors.NONE)
                .data("problem", null).data("saved", saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> posted) {
        SettingsForm form = SettingsForm.of(posted);
        try {
            notifications.savePreferences(user.id(), form.toRequest());
        } catch (ApiProblem problem) {
            if (!aboutTheForm(problem)) {
                throw problem;
            }
            String page = settings.data("form", form).data("current", null).data("errors", FieldErrors.of(problem.errors()))
                    .data("problem", problem).data("saved", false).render();
            return Response.status(problem.status()).type(MediaType.TEXT_HTML).entity(page).build();
        }
        return Htmx.backTo("/settings?saved=true");
    }

    /** Who may see whose preferences (401, 403, 404) is the problem page's; any other 4xx is about what was typed. */
    private static boolean aboutTheForm(ApiProblem problem) {
        int status = problem.status();
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 404;
    }
}
