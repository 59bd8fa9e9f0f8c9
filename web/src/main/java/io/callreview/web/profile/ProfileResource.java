package io.callreview.web.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.web.api.CoachingApi;
import io.callreview.web.session.SignedInUser;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A rep's skill profile per behaviour: stage and why, diagnosis, the path (phase, why, every move, what comes next),
 * the next scheduled moment and what was assigned, and the rep's training units. A rep sees their own; coaching-service answers 404 for a rep the
 * user may not see, which is the problem page here too.
 */
@Path("/")
public class ProfileResource {

    @Inject
    Template profile;

    @Inject
    SignedInUser user;

    @RestClient
    CoachingApi coaching;

    @GET
    @Path("profile")
    public TemplateInstance own() {
        return show(user.id(), true);
    }

    @GET
    @Path("reps/{repId}/profile")
    public TemplateInstance rep(@PathParam("repId") String repId) {
        return show(repId, repId.equals(user.id()));
    }

    private TemplateInstance show(String repId, boolean own) {
        JsonNode found = coaching.profile(repId);
        return profile.data("profile", found).data("behaviours", focusFirst(found.path("behaviours"))).data("own", own)
                .data("units", coaching.trainingUnits(repId));
    }

    /** The behaviours the rep works on now come first, each group in the service's order. */
    static List<JsonNode> focusFirst(JsonNode behaviours) {
        List<JsonNode> ordered = new ArrayList<>();
        behaviours.forEach(b -> {
            if (b.path("focus").asBoolean()) {
                ordered.add(b);
            }
        });
        behaviours.forEach(b -> {
            if (!b.path("focus").asBoolean()) {
                ordered.add(b);
            }
        });
        return ordered;
    }
}
